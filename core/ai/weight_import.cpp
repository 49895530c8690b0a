#include "core/ai/weight_import.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "core/base/error.h"

#ifdef OSTEON_HAVE_HDF5
#include <hdf5.h>
#endif
#ifdef OSTEON_HAVE_ZLIB
#include <zlib.h>
#endif

namespace osteon::ai {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool startsWith(const std::string& s, const std::string& p) {
  return s.rfind(p, 0) == 0;
}

std::string shapeText(const torch::Tensor& t) {
  std::string s = "[";
  for (int64_t i = 0; i < t.dim(); ++i)
    s += (i ? ", " : "") + std::to_string(t.size(i));
  return s + "]";
}

std::string listNames(const std::vector<std::string>& names, std::size_t max = 8) {
  std::string s;
  for (std::size_t i = 0; i < names.size() && i < max; ++i)
    s += (i ? ", " : "") + names[i];
  if (names.size() > max) s += ", ... (" + std::to_string(names.size()) + " in all)";
  return s;
}

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(fileError(path, "cannot open the weights file"));
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// All parameters and buffers of a network by name.
std::vector<std::pair<std::string, torch::Tensor>> stateOf(Network& net) {
  std::vector<std::pair<std::string, torch::Tensor>> out;
  for (const auto& p : net.named_parameters(true))
    out.emplace_back(p.key(), p.value());
  for (const auto& b : net.named_buffers(true))
    out.emplace_back(b.key(), b.value());
  return out;
}

// The name of the network's last classifier weight (fc.weight, classifier.1.weight, out.weight).
std::string finalLayerWeight(Network& net) {
  std::string last;
  for (const auto& p : net.named_parameters(true))
    if (isHeadTensor(p.key()) && p.value().dim() == 2) last = p.key();
  return last;
}

int defaultInputSize(const std::string& arch) {
  if (startsWith(arch, "inception_v3") || startsWith(arch, "xception")) return 299;
  if (startsWith(arch, "efficientnet_b1_tf")) return 240;
  if (startsWith(arch, "efficientnet_b2_tf")) return 260;
  if (startsWith(arch, "efficientnet_b3_tf")) return 300;
  return 224;
}

// ------------------------------------------------------------------ lukemelas' names

bool isLukemelas(const std::map<std::string, torch::Tensor>& src) {
  return src.count("_conv_stem.weight") != 0;
}

// lukemelas' efficientnet_pytorch names onto torchvision's module tree (the "_tf" networks).
std::map<std::string, torch::Tensor> fromLukemelas(const std::map<std::string, torch::Tensor>& src,
                                                   double depth) {
  const int repeats[7] = {1, 2, 2, 3, 3, 4, 1};
  std::vector<std::pair<int, int>> where;  // flat block index -> (stage, index)
  for (int s = 0; s < 7; ++s) {
    const int n = static_cast<int>(std::ceil(repeats[s] * depth - 1e-9));
    for (int i = 0; i < n; ++i)
      where.emplace_back(s, i);
  }
  std::map<std::string, torch::Tensor> out;
  for (const auto& [name, t] : src) {
    std::string to;
    const auto tail = [&](const std::string& prefix) { return name.substr(prefix.size()); };
    if (startsWith(name, "_conv_stem.")) {
      to = "features.0.0." + tail("_conv_stem.");
    } else if (startsWith(name, "_bn0.")) {
      to = "features.0.1." + tail("_bn0.");
    } else if (startsWith(name, "_conv_head.")) {
      to = "features.8.0." + tail("_conv_head.");
    } else if (startsWith(name, "_bn1.")) {
      to = "features.8.1." + tail("_bn1.");
    } else if (startsWith(name, "_fc.")) {
      to = "classifier.1." + tail("_fc.");
    } else if (startsWith(name, "_blocks.")) {
      const std::size_t dot = name.find('.', 8);
      const int n = std::stoi(name.substr(8, dot - 8));
      if (n < 0 || static_cast<std::size_t>(n) >= where.size())
        throw Error("block " + std::to_string(n) + " of '" + name +
                    "' is beyond this EfficientNet's " + std::to_string(where.size()) + " blocks");
      const auto [stage, index] = where[static_cast<std::size_t>(n)];
      const bool expand = stage > 0;  // stage 1 has expand ratio 1 (no _expand_conv)
      const std::string rest = name.substr(dot + 1);
      const std::string layer = rest.substr(0, rest.find('.')), var = rest.substr(layer.size());
      const int e = expand ? 1 : 0;
      std::string mod;
      if (layer == "_expand_conv" && expand)
        mod = "0.0";
      else if (layer == "_bn0" && expand)
        mod = "0.1";
      else if (layer == "_depthwise_conv")
        mod = std::to_string(e) + ".0";
      else if (layer == "_bn1")
        mod = std::to_string(e) + ".1";
      else if (layer == "_se_reduce")
        mod = std::to_string(e + 1) + ".fc1";
      else if (layer == "_se_expand")
        mod = std::to_string(e + 1) + ".fc2";
      else if (layer == "_project_conv")
        mod = std::to_string(e + 2) + ".0";
      else if (layer == "_bn2")
        mod = std::to_string(e + 2) + ".1";
      else
        to = name;  // reported as unexpected
      if (!mod.empty())
        to = "features." + std::to_string(stage + 1) + "." + std::to_string(index) + ".block." +
             mod + var;
    } else {
      to = name;
    }
    out[to] = t;
  }
  return out;
}

// ------------------------------------------------------------------ copying by name

struct Copy {
  std::vector<std::string> missing, misshaped, unexpected;
  int copied = 0;
};

// Copies `src` (Osteon names and layouts) into the network; head tensors are skipped when
// backboneOnly (and the file's head tensors dropped).
void copyInto(Network& net, std::map<std::string, torch::Tensor> src, bool backboneOnly,
              const std::string& path, ImportResult& r) {
  Copy c;
  torch::NoGradGuard ng;
  for (auto& [name, dst] : stateOf(net)) {
    if (backboneOnly && isHeadTensor(name)) continue;
    if (startsWith(name, "backbone.") && isHeadTensor(name)) continue;  // unused under a head
    auto it = src.find(name);
    if (it == src.end()) {
      // PyTorch's batch-norm step counter plays no part in inference.
      if (name.size() > 20 && name.compare(name.size() - 20, 20, ".num_batches_tracked") == 0)
        continue;
      c.missing.push_back(name + " " + shapeText(dst));
      continue;
    }
    if (it->second.sizes() != dst.sizes()) {
      c.misshaped.push_back(name + " (file " + shapeText(it->second) + ", " + net.architecture() +
                            " " + shapeText(dst) + ")");
    } else {
      dst.copy_(it->second.to(dst.dtype()));
      ++c.copied;
    }
    src.erase(it);
  }
  int droppedHead = 0;
  for (const auto& [name, t] : src) {
    if (backboneOnly && isHeadTensor(name)) {
      ++droppedHead;
      continue;
    }
    c.unexpected.push_back(name + " " + shapeText(t));
  }
  if (droppedHead > 0)
    r.notes.push_back("backbone only: " + std::to_string(droppedHead) +
                      " classifier tensors of the file dropped, the head starts untrained");
  std::string problems;
  if (!c.misshaped.empty()) problems += "; wrong shape: " + listNames(c.misshaped);
  if (!c.missing.empty()) problems += "; missing from the file: " + listNames(c.missing);
  if (!c.unexpected.empty())
    problems += "; not part of " + net.architecture() + ": " + listNames(c.unexpected);
  if (!problems.empty())
    throw Error(
        fileError(path, "the weights do not fit " + net.architecture() + ":" + problems.substr(1)));
  r.tensors = c.copied;
}

// One file member of a zip archive (stored or deflated), from the central directory.
std::string zipMember(const std::string& zip, const std::string& member, const std::string& path,
                      std::string* found = nullptr) {
  const auto u16 = [&](std::size_t o) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(zip[o]) |
                                      static_cast<unsigned char>(zip[o + 1]) << 8);
  };
  const auto u32 = [&](std::size_t o) { return u16(o) | u16(o + 2) << 16; };
  if (zip.size() < 22) throw Error(fileError(path, "not a .keras archive (too short)"));
  std::size_t eocd = std::string::npos;
  for (std::size_t o = zip.size() - 22;; --o) {
    if (u32(o) == 0x06054b50) {
      eocd = o;
      break;
    }
    if (o == 0 || zip.size() - o > 66000) break;
  }
  if (eocd == std::string::npos) throw Error(fileError(path, "not a zip archive (.keras)"));
  const std::uint32_t entries = u16(eocd + 10), cdOffset = u32(eocd + 16);
  std::size_t o = cdOffset;
  for (std::uint32_t e = 0; e < entries; ++e) {
    if (o + 46 > zip.size() || u32(o) != 0x02014b50)
      throw Error(fileError(path, "damaged zip directory"));
    const std::uint32_t method = u16(o + 10), csize = u32(o + 20), usize = u32(o + 24);
    const std::uint32_t nameLen = u16(o + 28), extraLen = u16(o + 30), commentLen = u16(o + 32);
    const std::uint32_t local = u32(o + 42);
    const std::string name = zip.substr(o + 46, nameLen);
    o += 46 + nameLen + extraLen + commentLen;
    // "*suffix" matches the first member whose name ends with suffix (torch.save's
    // "<archive>/data.pkl"); its name is returned in *found.
    const bool suffix = !member.empty() && member[0] == '*';
    if (suffix ? !(name.size() >= member.size() - 1 &&
                   name.compare(name.size() - (member.size() - 1), member.size() - 1, member, 1,
                                std::string::npos) == 0)
               : name != member)
      continue;
    if (found) *found = name;
    if (csize == 0xffffffffu || usize == 0xffffffffu)
      throw Error(fileError(path, "zip64 archives are not supported"));
    if (local + 30 > zip.size() || u32(local) != 0x04034b50)
      throw Error(fileError(path, "damaged zip entry " + name));
    const std::size_t data = local + 30 + u16(local + 26) + u16(local + 28);
    if (data + csize > zip.size()) throw Error(fileError(path, "truncated zip entry " + name));
    if (method == 0) return zip.substr(data, csize);
    if (method != 8) throw Error(fileError(path, "unsupported zip compression for " + name));
#ifndef OSTEON_HAVE_ZLIB
    throw Error(fileError(path, "compressed zip entries need zlib, absent from this build"));
#else
    std::string out(usize, '\0');
    z_stream s{};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK) throw Error("zlib initialisation failed");
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
    s.avail_in = csize;
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = usize;
    const int rc = inflate(&s, Z_FINISH);
    inflateEnd(&s);
    if (rc != Z_STREAM_END || s.total_out != usize)
      throw Error(fileError(path, "damaged compressed zip entry " + name));
    return out;
#endif
  }
  return {};
}

// ------------------------------------------------------------------ torch.save's pickle
// LibTorch 1.13's torch::pickle_load reads TorchScript's pickles, not Python's (SETITEM,
// OrderedDict with BUILD, ...): this reads the subset torch.save writes for state_dicts and
// checkpoint dicts. Objects it does not know (an optimizer's classes, numpy scalars, a pickled
// nn.Module) become opaque values; only tensors in dicts are used.

struct PV;
using PVP = std::shared_ptr<PV>;
struct PV {
  enum Kind { None, Bool, Int, Float, Str, Tuple, List, Dict, Global, Tensor, Mark, Other } kind;
  int64_t i = 0;
  double f = 0;
  std::string s;  // Str; Global "module.name"
  std::vector<PVP> items;
  std::vector<std::pair<PVP, PVP>> dict;
  torch::Tensor t;
  explicit PV(Kind k) : kind(k) {}
};

PVP pv(PV::Kind k) {
  return std::make_shared<PV>(k);
}

class TorchUnpickler {
 public:
  TorchUnpickler(const std::string& zip, const std::string& pkl, std::string prefix,
                 const std::string& path)
      : zip_(zip), p_(pkl), prefix_(std::move(prefix)), path_(path) {}

  PVP load() {
    while (true) {
      const unsigned char op = byte();
      switch (op) {
        case 0x80:
          byte();
          break;  // PROTO
        case 0x95:
          take(8);
          break;  // FRAME
        case '.':
          return pop();  // STOP
        case '(':
          push(pv(PV::Mark));
          break;  // MARK
        case '}':
          push(pv(PV::Dict));
          break;  // EMPTY_DICT
        case ']':
          push(pv(PV::List));
          break;  // EMPTY_LIST
        case ')':
          push(pv(PV::Tuple));
          break;  // EMPTY_TUPLE
        case 'N':
          push(pv(PV::None));
          break;
        case 0x88:
        case 0x89: {  // NEWTRUE / NEWFALSE
          auto v = pv(PV::Bool);
          v->i = op == 0x88;
          push(v);
          break;
        }
        case 'K':
          pushInt(byte());
          break;  // BININT1
        case 'M':
          pushInt(static_cast<int64_t>(le(2)));
          break;
        case 'J':
          pushInt(static_cast<int32_t>(le(4)));
          break;
        case 0x8a: {  // LONG1
          const std::string b = take(byte());
          int64_t v = 0;
          for (std::size_t k = 0; k < b.size() && k < 8; ++k)
            v |= static_cast<int64_t>(static_cast<unsigned char>(b[k])) << (8 * k);
          if (!b.empty() && b.size() < 8 && (static_cast<unsigned char>(b.back()) & 0x80))
            v -= int64_t(1) << (8 * b.size());
          pushInt(v);
          break;
        }
        case 'G': {  // BINFLOAT (big endian)
          const std::string b = take(8);
          std::uint64_t u = 0;
          for (int k = 0; k < 8; ++k)
            u = u << 8 | static_cast<unsigned char>(b[k]);
          auto v = pv(PV::Float);
          std::memcpy(&v->f, &u, 8);
          push(v);
          break;
        }
        case 'X':
          pushStr(take(le(4)));
          break;  // BINUNICODE
        case 0x8c:
          pushStr(take(byte()));
          break;  // SHORT_BINUNICODE
        case 'T':
          pushStr(take(le(4)));
          break;  // BINSTRING
        case 'U':
          pushStr(take(byte()));
          break;  // SHORT_BINSTRING
        case 'B':
          pushStr(take(le(4)));
          break;  // BINBYTES
        case 'C':
          pushStr(take(byte()));
          break;     // SHORT_BINBYTES
        case 'c': {  // GLOBAL
          const std::string module = line(), name = line();
          auto v = pv(PV::Global);
          v->s = module + "." + name;
          push(v);
          break;
        }
        case 0x93: {  // STACK_GLOBAL
          PVP name = pop(), module = pop();
          auto v = pv(PV::Global);
          v->s = module->s + "." + name->s;
          push(v);
          break;
        }
        case 'q':
          memo_[byte()] = top();
          break;  // BINPUT
        case 'r':
          memo_[le(4)] = top();
          break;  // LONG_BINPUT
        case 0x94:
          memo_[memo_.size()] = top();
          break;  // MEMOIZE
        case 'h':
          push(memoAt(byte()));
          break;  // BINGET
        case 'j':
          push(memoAt(le(4)));
          break;     // LONG_BINGET
        case 't': {  // TUPLE
          auto v = pv(PV::Tuple);
          v->items = popToMark();
          push(v);
          break;
        }
        case 0x85:
        case 0x86:
        case 0x87: {  // TUPLE1..3
          auto v = pv(PV::Tuple);
          v->items.resize(static_cast<std::size_t>(op - 0x84));
          for (auto it = v->items.rbegin(); it != v->items.rend(); ++it)
            *it = pop();
          push(v);
          break;
        }
        case 'l': {  // LIST
          auto v = pv(PV::List);
          v->items = popToMark();
          push(v);
          break;
        }
        case 'd': {  // DICT
          auto v = pv(PV::Dict);
          auto items = popToMark();
          for (std::size_t k = 0; k + 1 < items.size(); k += 2)
            v->dict.emplace_back(items[k], items[k + 1]);
          push(v);
          break;
        }
        case 'a': {  // APPEND
          PVP v = pop();
          top()->items.push_back(v);
          break;
        }
        case 'e': {  // APPENDS
          auto items = popToMark();
          PVP l = top();
          l->items.insert(l->items.end(), items.begin(), items.end());
          break;
        }
        case 's': {  // SETITEM
          PVP v = pop(), k = pop();
          top()->dict.emplace_back(k, v);
          break;
        }
        case 'u': {  // SETITEMS
          auto items = popToMark();
          PVP d = top();
          for (std::size_t k = 0; k + 1 < items.size(); k += 2)
            d->dict.emplace_back(items[k], items[k + 1]);
          break;
        }
        case 'Q':
          push(persistent(pop()));
          break;     // BINPERSID
        case 'R': {  // REDUCE
          PVP args = pop(), fn = pop();
          push(reduce(fn, args));
          break;
        }
        case 0x81: {  // NEWOBJ
          pop();
          pop();
          push(pv(PV::Other));
          break;
        }
        case 'b':
          pop();
          break;  // BUILD: object state (ignored)
        default:
          throw Error(fileError(
              path_, "unsupported pickle opcode " + std::to_string(op) + " in the PyTorch file"));
      }
    }
  }

 private:
  unsigned char byte() {
    if (pos_ >= p_.size()) throw Error(fileError(path_, "truncated pickle in the PyTorch file"));
    return static_cast<unsigned char>(p_[pos_++]);
  }
  std::string take(std::size_t n) {
    if (n > p_.size() - pos_) throw Error(fileError(path_, "truncated pickle in the PyTorch file"));
    std::string s = p_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::size_t le(int n) {
    std::size_t v = 0;
    for (int k = 0; k < n; ++k)
      v |= static_cast<std::size_t>(byte()) << (8 * k);
    return v;
  }
  std::string line() {
    const std::size_t e = p_.find('\n', pos_);
    if (e == std::string::npos) throw Error(fileError(path_, "truncated pickle"));
    std::string s = p_.substr(pos_, e - pos_);
    pos_ = e + 1;
    return s;
  }
  void push(PVP v) { stack_.push_back(std::move(v)); }
  void pushInt(int64_t i) {
    auto v = pv(PV::Int);
    v->i = i;
    push(v);
  }
  void pushStr(std::string s) {
    auto v = pv(PV::Str);
    v->s = std::move(s);
    push(v);
  }
  PVP pop() {
    if (stack_.empty()) throw Error(fileError(path_, "damaged pickle (stack underflow)"));
    PVP v = stack_.back();
    stack_.pop_back();
    return v;
  }
  PVP top() {
    if (stack_.empty()) throw Error(fileError(path_, "damaged pickle (empty stack)"));
    return stack_.back();
  }
  PVP memoAt(std::size_t k) {
    auto it = memo_.find(k);
    if (it == memo_.end()) throw Error(fileError(path_, "damaged pickle (memo)"));
    return it->second;
  }
  std::vector<PVP> popToMark() {
    std::vector<PVP> items;
    while (true) {
      PVP v = pop();
      if (v->kind == PV::Mark) break;
      items.push_back(v);
    }
    std::reverse(items.begin(), items.end());
    return items;
  }
  // ('storage', torch.FloatStorage, key, location, numel): the storage's bytes, typed.
  PVP persistent(const PVP& pid) {
    if (pid->kind != PV::Tuple || pid->items.size() < 5 || pid->items[1]->kind != PV::Global)
      return pv(PV::Other);
    const std::string type = pid->items[1]->s, key = pid->items[2]->s;
    auto cached = storages_.find(key);
    if (cached != storages_.end()) return cached->second;
    static const std::map<std::string, torch::Dtype> types = {
        {"torch.FloatStorage", torch::kFloat32}, {"torch.DoubleStorage", torch::kFloat64},
        {"torch.HalfStorage", torch::kFloat16},  {"torch.BFloat16Storage", torch::kBFloat16},
        {"torch.LongStorage", torch::kInt64},    {"torch.IntStorage", torch::kInt32},
        {"torch.ShortStorage", torch::kInt16},   {"torch.CharStorage", torch::kInt8},
        {"torch.ByteStorage", torch::kUInt8},    {"torch.BoolStorage", torch::kBool}};
    auto it = types.find(type);
    if (it == types.end()) return pv(PV::Other);
    const std::string bytes = zipMember(zip_, prefix_ + "data/" + key, path_);
    const int64_t elem = static_cast<int64_t>(torch::elementSize(it->second));
    const int64_t numel = pid->items[4]->i;
    if (numel < 0 || static_cast<int64_t>(bytes.size()) < numel * elem)
      throw Error(fileError(path_, "storage " + key + " is truncated"));
    auto v = pv(PV::Tensor);
    v->t = torch::empty({numel}, it->second);
    if (numel > 0)
      std::memcpy(v->t.data_ptr(), bytes.data(), static_cast<std::size_t>(numel * elem));
    storages_[key] = v;
    return v;
  }
  static std::vector<int64_t> ints(const PVP& t) {
    std::vector<int64_t> v;
    for (const auto& x : t->items)
      v.push_back(x->i);
    return v;
  }
  PVP reduce(const PVP& fn, const PVP& args) {
    const std::string name = fn->kind == PV::Global ? fn->s : "";
    if ((name == "torch._utils._rebuild_tensor_v2" || name == "torch._utils._rebuild_tensor") &&
        args->items.size() >= 4 && args->items[0]->kind == PV::Tensor) {
      const auto size = ints(args->items[2]), stride = ints(args->items[3]);
      const int64_t offset = args->items[1]->i;
      int64_t extent = offset + 1;
      for (std::size_t d = 0; d < size.size() && d < stride.size(); ++d)
        if (size[d] == 0)
          extent = 0;
        else
          extent += (size[d] - 1) * stride[d];
      if (size.size() != stride.size() || offset < 0 || (extent > args->items[0]->t.numel()))
        throw Error(fileError(path_, "a tensor reaches beyond its storage"));
      auto v = pv(PV::Tensor);
      v->t = args->items[0]->t.as_strided(size, stride, offset).clone();
      return v;
    }
    if (name == "torch._utils._rebuild_parameter" && !args->items.empty()) return args->items[0];
    if (name == "collections.OrderedDict") return pv(PV::Dict);
    return pv(PV::Other);
  }

  const std::string& zip_;
  std::string p_;
  std::size_t pos_ = 0;
  std::string prefix_, path_;
  std::vector<PVP> stack_;
  std::map<std::size_t, PVP> memo_;
  std::map<std::string, PVP> storages_;
};

#ifdef OSTEON_HAVE_HDF5
// ------------------------------------------------------------------ Keras (HDF5)

struct KerasLayer {
  std::string name;
  int order = 0;
  std::map<std::string, torch::Tensor> vars;  // kernel, bias, gamma, ... (Keras layouts)
  bool used = false;
};

struct H5Handle {
  hid_t id = -1;
  herr_t (*close)(hid_t) = nullptr;
  H5Handle(hid_t i, herr_t (*c)(hid_t)) : id(i), close(c) {}
  ~H5Handle() {
    if (id >= 0 && close) close(id);
  }
  H5Handle(const H5Handle&) = delete;
  H5Handle& operator=(const H5Handle&) = delete;
};

struct VisitState {
  std::vector<std::pair<std::string, torch::Tensor>> datasets;
  std::string error;
};

herr_t visitLink(hid_t group, const char* name, const H5L_info_t*, void* data) {
  auto* st = static_cast<VisitState*>(data);
  H5Handle obj(H5Oopen(group, name, H5P_DEFAULT), H5Oclose);
  if (obj.id < 0 || H5Iget_type(obj.id) != H5I_DATASET) return 0;
  H5Handle type(H5Dget_type(obj.id), H5Tclose);
  if (H5Tget_class(type.id) != H5T_FLOAT) return 0;
  H5Handle space(H5Dget_space(obj.id), H5Sclose);
  const int rank = H5Sget_simple_extent_ndims(space.id);
  if (rank < 0 || rank > 8) return 0;
  std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
  H5Sget_simple_extent_dims(space.id, dims.data(), nullptr);
  std::vector<int64_t> shape;
  double count = 1;
  for (hsize_t d : dims) {
    shape.push_back(static_cast<int64_t>(d));
    count *= static_cast<double>(d);
  }
  if (count > 2e9) {
    st->error = std::string("dataset ") + name + " is absurdly large";
    return -1;
  }
  torch::Tensor t = torch::empty(shape, torch::kFloat32);
  if (t.numel() > 0 &&
      H5Dread(obj.id, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, t.data_ptr<float>()) < 0) {
    st->error = std::string("cannot read dataset ") + name;
    return -1;
  }
  st->datasets.emplace_back(name, t);
  return 0;
}

std::vector<std::string> readStringAttribute(hid_t obj, const char* attr) {
  std::vector<std::string> out;
  if (H5Aexists(obj, attr) <= 0) return out;
  H5Handle a(H5Aopen(obj, attr, H5P_DEFAULT), H5Aclose);
  if (a.id < 0) return out;
  H5Handle type(H5Aget_type(a.id), H5Tclose);
  if (H5Tget_class(type.id) != H5T_STRING) return out;
  H5Handle space(H5Aget_space(a.id), H5Sclose);
  const hssize_t n = std::max<hssize_t>(1, H5Sget_simple_extent_npoints(space.id));
  if (H5Tis_variable_str(type.id) > 0) {
    std::vector<char*> p(static_cast<std::size_t>(n), nullptr);
    H5Handle mem(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(mem.id, H5T_VARIABLE);
    H5Tset_cset(mem.id, H5Tget_cset(type.id));
    if (H5Aread(a.id, mem.id, p.data()) >= 0)
      for (char* s : p) {
        out.emplace_back(s ? s : "");
        H5free_memory(s);
      }
  } else {
    const std::size_t size = H5Tget_size(type.id);
    std::vector<char> buf(size * static_cast<std::size_t>(n) + 1, 0);
    if (H5Aread(a.id, type.id, buf.data()) >= 0)
      for (hssize_t i = 0; i < n; ++i) {
        const char* s = buf.data() + static_cast<std::size_t>(i) * size;
        out.emplace_back(s, strnlen(s, size));
      }
  }
  return out;
}

struct KerasFile {
  std::vector<KerasLayer> layers;
  std::map<std::string, double> epsilon;  // BatchNormalization epsilon by layer name (config)
  std::string format;
};

void collectEpsilons(const json& j, std::map<std::string, double>& eps) {
  if (j.is_object()) {
    if (j.value("class_name", "") == "BatchNormalization" && j.contains("config") &&
        j["config"].is_object() && j["config"].contains("epsilon") && j["config"].contains("name"))
      eps[j["config"]["name"].get<std::string>()] = j["config"]["epsilon"].get<double>();
    for (const auto& [k, v] : j.items())
      collectEpsilons(v, eps);
  } else if (j.is_array()) {
    for (const auto& v : j)
      collectEpsilons(v, eps);
  }
}

// Keras 3 stores a layer's variables by index; their names follow from the layer kind.
std::vector<std::string> keras3VarNames(const std::vector<torch::Tensor>& v) {
  if (v.empty()) return {};
  if (v.size() >= 2 && v[0].dim() == 4 && v[1].dim() == 4) {
    std::vector<std::string> n{"depthwise_kernel", "pointwise_kernel"};
    if (v.size() > 2) n.push_back("bias");
    return n;
  }
  if (v[0].dim() >= 2)
    return v.size() > 1 ? std::vector<std::string>{"kernel", "bias"}
                        : std::vector<std::string>{"kernel"};
  if (v.size() == 4) return {"gamma", "beta", "moving_mean", "moving_variance"};
  if (v.size() == 3) return {"beta", "moving_mean", "moving_variance"};  // scale = False
  if (v.size() == 1) return {"alpha"};
  return {};
}

KerasFile readKeras(const std::string& path) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  KerasFile k;
  std::string image;  // the HDF5 bytes of a .keras archive
  json config;
  const std::string ext = lower(fs::path(path).extension().string());
  if (ext == ".keras") {
    const std::string zip = readAll(path);
    image = zipMember(zip, "model.weights.h5", path);
    if (image.empty()) throw Error(fileError(path, "the .keras archive holds no model.weights.h5"));
    const std::string cfg = zipMember(zip, "config.json", path);
    if (!cfg.empty()) config = json::parse(cfg, nullptr, false);
    k.format = "keras-v3";
  } else {
    if (H5Fis_hdf5(path.c_str()) <= 0)
      throw Error(fileError(path, "not an HDF5 file (a Keras .h5 or a .keras archive expected)"));
    k.format = "keras-h5";
  }
  hid_t fid = -1;
  if (!image.empty()) {
    H5Handle fapl(H5Pcreate(H5P_FILE_ACCESS), H5Pclose);
    H5Pset_fapl_core(fapl.id, 1 << 20, 0);
    H5Pset_file_image(fapl.id, image.data(), image.size());
    fid = H5Fopen("model.weights.h5", H5F_ACC_RDONLY, fapl.id);
  } else {
    fid = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  }
  if (fid < 0) throw Error(fileError(path, "HDF5 cannot open the weights"));
  H5Handle file(fid, H5Fclose);
  if (config.is_null()) {
    const auto cfg = readStringAttribute(file.id, "model_config");
    if (!cfg.empty()) config = json::parse(cfg[0], nullptr, false);
  }
  if (!config.is_discarded() && !config.is_null()) collectEpsilons(config, k.epsilon);
  const bool full = H5Lexists(file.id, "model_weights", H5P_DEFAULT) > 0;
  H5Handle root(H5Gopen2(file.id, full ? "model_weights" : "/", H5P_DEFAULT), H5Gclose);
  if (root.id < 0) throw Error(fileError(path, "HDF5 cannot open the weights group"));
  std::vector<std::string> order = readStringAttribute(root.id, "layer_names");
  VisitState st;
  if (H5Lvisit(root.id, H5_INDEX_NAME, H5_ITER_INC, visitLink, &st) < 0 || !st.error.empty())
    throw Error(fileError(path, st.error.empty() ? "cannot walk the HDF5 file" : st.error));
  if (st.datasets.empty()) throw Error(fileError(path, "no weights in the HDF5 file"));
  std::map<std::string, std::size_t> index;
  std::map<std::string, std::vector<std::pair<int, torch::Tensor>>> keras3;
  for (const auto& [name, t] : st.datasets) {
    std::vector<std::string> parts;
    for (std::size_t a = 0; a <= name.size();) {
      const std::size_t b = std::min(name.find('/', a), name.size());
      parts.push_back(name.substr(a, b - a));
      a = b + 1;
    }
    // Keras 3 keeps the optimizer's state beside the layers.
    if (parts.size() < 2 || parts[0] == "optimizer" || parts[0] == "optimizer_weights") continue;
    std::string layer, var;
    if (parts.size() >= 3 && parts[parts.size() - 2] == "vars") {  // Keras 3
      layer = parts[parts.size() - 3];
      keras3[layer].emplace_back(std::atoi(parts.back().c_str()), t);
      if (!index.count(layer)) {
        index[layer] = k.layers.size();
        k.layers.push_back({layer, static_cast<int>(k.layers.size()), {}, false});
      }
      continue;
    }
    layer = parts[parts.size() - 2];
    var = parts.back();
    if (const std::size_t colon = var.find(':'); colon != std::string::npos) var.resize(colon);
    if (!index.count(layer)) {
      index[layer] = k.layers.size();
      k.layers.push_back({layer, static_cast<int>(k.layers.size()), {}, false});
    }
    k.layers[index[layer]].vars[var] = t;
  }
  for (auto& [layer, vars] : keras3) {
    std::sort(vars.begin(), vars.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<torch::Tensor> v;
    for (const auto& p : vars)
      v.push_back(p.second);
    const auto names = keras3VarNames(v);
    if (names.size() != v.size())
      throw Error(fileError(path, "layer " + layer + ": cannot tell its " +
                                      std::to_string(v.size()) + " variables apart"));
    for (std::size_t i = 0; i < v.size(); ++i)
      k.layers[index[layer]].vars[names[i]] = v[i];
  }
  // Model order: the file's layer list where it has one; otherwise the auto-numbered names
  // (dense, dense_1, ...) sort in creation order within a kind.
  if (!order.empty()) {
    std::map<std::string, int> pos;
    for (std::size_t i = 0; i < order.size(); ++i)
      pos[order[i]] = static_cast<int>(i);
    for (auto& l : k.layers)
      l.order = pos.count(l.name) ? pos[l.name] : 100000 + l.order;
  } else {
    for (auto& l : k.layers) {
      const std::size_t u = l.name.find_last_of('_');
      int n = 0;
      if (u != std::string::npos && u + 1 < l.name.size() &&
          std::all_of(l.name.begin() + static_cast<long>(u) + 1, l.name.end(), ::isdigit))
        n = std::atoi(l.name.c_str() + u + 1);
      l.order = n;
    }
  }
  std::stable_sort(k.layers.begin(), k.layers.end(),
                   [](const KerasLayer& a, const KerasLayer& b) { return a.order < b.order; });
  return k;
}

// What an Osteon module needs from a Keras layer: var name -> (Osteon tensor, conversion).
struct Need {
  std::string osteonName;
  std::string kerasVar;
  torch::Tensor dst;
  int kind;  // 0 copy, 1 conv kernel HWIO->OIHW, 2 dense (in,out)->(out,in), 3 depthwise
  bool optional = false;  // BN gamma/beta (scale/center False): ones/zeros
};

torch::Tensor convert(const torch::Tensor& t, int kind) {
  switch (kind) {
    case 1:
      return t.dim() == 4 ? t.permute({3, 2, 0, 1}) : t;
    case 2:
      return t.dim() == 2 ? t.t() : t;
    case 3:
      return t.dim() == 4 ? t.permute({2, 3, 0, 1}) : t;
    default:
      return t;
  }
}

void importKeras(Network& net, const KerasFile& file, const ImportOptions& o,
                 const std::string& path, ImportResult& r) {
  std::vector<KerasLayer> layers = file.layers;
  // Osteon modules by Keras layer name (the first name component; "backbone." looked through).
  std::vector<std::string> groupOrder;
  std::map<std::string, std::vector<Need>> groups;
  std::set<std::string> bnGroups;
  for (auto& [name, t] : stateOf(net)) {
    if (o.backboneOnly && isHeadTensor(name)) continue;
    if (startsWith(name, "backbone.") && isHeadTensor(name)) continue;  // unused under a head
    std::string n = startsWith(name, "backbone.") ? name.substr(9) : name;
    const std::string key = n.substr(0, n.find('.')), rest = n.substr(key.size() + 1);
    if (!groups.count(key)) groupOrder.push_back(key);
    if (rest == "running_mean") bnGroups.insert(key);
    groups[key].push_back({name, rest, t, 0});
  }
  for (auto& [key, needs] : groups) {
    const bool bn = bnGroups.count(key) != 0;
    for (Need& n : needs) {
      const std::string rest = n.kerasVar;
      if (bn) {
        if (rest == "weight")
          n.kerasVar = "gamma", n.optional = true;
        else if (rest == "bias")
          n.kerasVar = "beta", n.optional = true;
        else if (rest == "running_mean")
          n.kerasVar = "moving_mean";
        else if (rest == "running_var")
          n.kerasVar = "moving_variance";
        else
          n.kerasVar = "";  // num_batches_tracked
      } else if (startsWith(key, "prelu")) {
        n.kerasVar = "alpha";
      } else if (rest == "depthwise.weight") {
        n.kerasVar = "depthwise_kernel", n.kind = 3;
      } else if (rest == "pointwise.weight") {
        n.kerasVar = "pointwise_kernel", n.kind = 1;
      } else if (rest == "weight") {
        n.kerasVar = "kernel", n.kind = n.dst.dim() == 4 ? 1 : 2;
      } else if (rest != "bias") {
        n.kerasVar = "?" + rest;
      }
    }
  }
  const auto fits = [](const KerasLayer& l, const std::vector<Need>& needs) {
    std::size_t used = 0;
    for (const Need& n : needs) {
      if (n.kerasVar.empty()) continue;
      auto it = l.vars.find(n.kerasVar);
      if (it == l.vars.end()) {
        if (!n.optional) return false;
        continue;
      }
      if (convert(it->second, n.kind).sizes() != n.dst.sizes()) return false;
      ++used;
    }
    return used == l.vars.size() && used > 0;
  };
  std::vector<std::string> missing, misshaped;
  std::vector<std::pair<std::string, KerasLayer*>> plan;
  std::vector<std::string> byShape;
  for (const std::string& key : groupOrder) {
    const auto& needs = groups[key];
    if (std::all_of(needs.begin(), needs.end(), [](const Need& n) { return n.kerasVar.empty(); }))
      continue;
    const std::string alias = key == "fc" ? "predictions" : key;
    KerasLayer* match = nullptr;
    for (auto& l : layers)
      if (!l.used && (l.name == key || l.name == alias)) match = &l;
    if (match && !fits(*match, needs)) {
      std::string detail;
      for (const Need& n : needs) {
        if (n.kerasVar.empty()) continue;
        auto it = match->vars.find(n.kerasVar);
        detail += (detail.empty() ? "" : ", ") + n.kerasVar + " " +
                  (it == match->vars.end() ? std::string("absent")
                                           : shapeText(convert(it->second, n.kind))) +
                  " vs " + shapeText(n.dst);
      }
      misshaped.push_back(match->name + " (" + detail + ")");
      match->used = true;
      continue;
    }
    if (!match) {
      for (auto& l : layers)
        if (!l.used && groups.count(l.name) == 0 && fits(l, needs)) {
          match = &l;
          byShape.push_back(l.name + " -> " + key);
          break;
        }
    }
    if (!match) {
      std::string shapes;
      for (const Need& n : needs)
        if (!n.kerasVar.empty()) shapes += " " + n.kerasVar + shapeText(n.dst);
      missing.push_back(key + " (" + shapes.substr(shapes.empty() ? 0 : 1) + ")");
      continue;
    }
    match->used = true;
    plan.emplace_back(key, match);
  }
  std::vector<std::string> unexpected, droppedHead;
  for (const auto& l : layers) {
    if (l.used) continue;
    const bool headLike = std::any_of(l.vars.begin(), l.vars.end(), [](const auto& v) {
      return v.first == "alpha" || (v.first == "kernel" && v.second.dim() == 2);
    });
    if (o.backboneOnly && (headLike || l.vars.count("gamma") + l.vars.count("moving_mean") > 0))
      droppedHead.push_back(l.name);
    else
      unexpected.push_back(l.name);
  }
  std::string problems;
  if (!misshaped.empty()) problems += "; wrong shape: " + listNames(misshaped);
  if (!missing.empty()) problems += "; no Keras layer for: " + listNames(missing);
  if (!unexpected.empty())
    problems += "; Keras layers not part of " + net.architecture() + ": " + listNames(unexpected);
  if (!problems.empty())
    throw Error(fileError(
        path, "the Keras weights do not fit " + net.architecture() + ":" + problems.substr(1)));
  torch::NoGradGuard ng;
  int copied = 0;
  for (auto& [key, layer] : plan) {
    for (Need& n : groups[key]) {
      if (n.kerasVar.empty()) continue;
      auto it = layer->vars.find(n.kerasVar);
      if (it == layer->vars.end())
        n.dst.fill_(n.kerasVar == "gamma" ? 1.0 : 0.0);
      else
        n.dst.copy_(convert(it->second, n.kind));
      ++copied;
    }
  }
  // Batch-norm epsilon: the architecture's must be the file's (a package keeps only tensors).
  for (const auto& m : net.named_modules("", false)) {
    auto* bn = m.value()->as<torch::nn::BatchNorm2d>();
    if (!bn) continue;
    std::string key = m.key();
    if (startsWith(key, "backbone.")) key = key.substr(9);
    auto e = file.epsilon.find(key);
    if (e != file.epsilon.end() && std::abs(e->second - bn->options.eps()) > 1e-12)
      throw Error(fileError(path, "layer " + key + " has BatchNormalization epsilon " +
                                      std::to_string(e->second) + " but " + net.architecture() +
                                      " uses " + std::to_string(bn->options.eps())));
  }
  if (!file.epsilon.empty())
    r.notes.push_back("batch-norm epsilon of " + std::to_string(file.epsilon.size()) +
                      " layers checked against the file's configuration");
  else
    r.notes.push_back("no model configuration in the file: batch-norm epsilon assumed to be " +
                      net.architecture() + "'s (Keras applications' values)");
  if (!byShape.empty()) r.notes.push_back("matched by shape: " + listNames(byShape, 12));
  if (!droppedHead.empty())
    r.notes.push_back("backbone only: Keras head layers dropped: " + listNames(droppedHead));
  r.tensors = copied;
}
#endif

std::map<std::string, torch::Tensor> toMap(const NamedTensors& v) {
  std::map<std::string, torch::Tensor> m;
  for (const auto& [k, t] : v)
    m[k] = t;
  return m;
}

}  // namespace

bool isHeadTensor(const std::string& name) {
  const std::string n = startsWith(name, "backbone.") ? name.substr(9) : name;
  const std::string key = n.substr(0, n.find('.'));
  return startsWith(key, "fc") || key == "classifier" || startsWith(key, "dense") ||
         startsWith(key, "prelu") || key == "out" || key == "AuxLogits" || key == "_fc";
}

bool kerasImportAvailable() {
#ifdef OSTEON_HAVE_HDF5
  return true;
#else
  return false;
#endif
}

NamedTensors readTorchStateDict(const std::string& path) {
  const std::string bytes = readAll(path);
  if (bytes.size() < 4) throw Error(fileError(path, "too short for a PyTorch file"));
  if (bytes.compare(0, 4, "PK\x03\x04") != 0) {
    if (bytes.size() >= 8 && bytes.compare(0, 8, "\x89HDF\r\n\x1a\n") == 0)
      throw Error(fileError(path, "an HDF5 (Keras) file: give it a .h5 or .keras name"));
    throw Error(fileError(path,
                          "not a zip-format torch.save file (the legacy format before PyTorch "
                          "1.6, or not PyTorch at all): re-save it in Python with "
                          "torch.save(torch.load(path), new_path)"));
  }
  std::string pklName;
  const std::string pkl = zipMember(bytes, "*data.pkl", path, &pklName);
  if (pkl.empty())
    throw Error(fileError(path, "a zip file without data.pkl: not a torch.save file"));
  const std::string prefix = pklName.substr(0, pklName.size() - 8);  // "<archive>/"
  PVP v = TorchUnpickler(bytes, pkl, prefix, path).load();
  // A checkpoint dict: the weights under one of the usual keys.
  const auto str = [](const PVP& k) { return k->kind == PV::Str ? k->s : std::string(); };
  for (int depth = 0; depth < 3 && v->kind == PV::Dict; ++depth) {
    PVP inner;
    for (const char* key : {"state_dict", "model_state_dict", "model", "net", "weights"}) {
      for (const auto& [k, val] : v->dict)
        if (str(k) == key && val->kind == PV::Dict) inner = val;
      if (inner) break;
    }
    if (!inner) break;
    v = inner;
  }
  if (v->kind != PV::Dict)
    throw Error(fileError(path,
                          "expected a state_dict (a dict of tensors); a whole pickled "
                          "nn.Module cannot be read: save model.state_dict() instead"));
  NamedTensors out;
  for (const auto& [k, val] : v->dict) {
    if (k->kind != PV::Str || val->kind != PV::Tensor) continue;
    std::string name = k->s;
    while (startsWith(name, "module."))
      name = name.substr(7);
    out.emplace_back(name, val->t.is_floating_point() ? val->t.to(torch::kFloat32) : val->t);
  }
  if (out.empty())
    throw Error(fileError(path,
                          "the file holds no tensors (a whole pickled nn.Module? save "
                          "model.state_dict() instead)"));
  return out;
}

ImportResult importWeights(const std::string& path, const ImportOptions& o) {
  ImportResult r;
  const std::string ext = lower(fs::path(path).extension().string());
  const bool keras = ext == ".h5" || ext == ".hdf5" || ext == ".keras";
  std::string arch = o.architecture;
  if (arch.empty()) throw Error("give the architecture (--arch)");
  ModelInfo info;
  info.task = o.task.empty() ? "classification" : o.task;
  std::map<std::string, torch::Tensor> src;
#ifdef OSTEON_HAVE_HDF5
  KerasFile kfile;
#endif
  if (keras) {
#ifdef OSTEON_HAVE_HDF5
    kfile = readKeras(path);
    r.format = kfile.format;
#else
    throw Error(fileError(path, "this build of Osteon reads no Keras files (HDF5 was not found)"));
#endif
  } else {
    src = toMap(readTorchStateDict(path));
    r.format = "torchvision";
    if (isLukemelas(src)) {
      r.format = "lukemelas";
      if (startsWith(arch, "efficientnet_b") && arch.size() == 15) arch += "_tf";
      double depth = 0;
      if (arch == "efficientnet_b0_tf") depth = 1.0;
      if (arch == "efficientnet_b1_tf") depth = 1.1;
      if (arch == "efficientnet_b2_tf") depth = 1.2;
      if (arch == "efficientnet_b3_tf") depth = 1.4;
      if (depth == 0)
        throw Error(fileError(path,
                              "lukemelas EfficientNet names (_conv_stem, _blocks.N) fit "
                              "efficientnet_b0..b3, not " +
                                  o.architecture));
      src = fromLukemelas(src, depth);
      r.notes.push_back("lukemelas efficientnet_pytorch names mapped onto " + arch +
                        " (TF same padding, batch-norm epsilon 1e-3)");
    } else if (arch.size() > 3 && arch.compare(arch.size() - 3, 3, "_tf") == 0) {
      throw Error(fileError(path, arch +
                                      " takes lukemelas efficientnet_pytorch names; these "
                                      "look like torchvision's (use " +
                                      arch.substr(0, arch.size() - 3) + ")"));
    }
    if (startsWith(arch, "inception_v3")) {
      int aux = 0;
      for (auto it = src.begin(); it != src.end();)
        if (startsWith(it->first, "AuxLogits.")) {
          it = src.erase(it);
          ++aux;
        } else {
          ++it;
        }
      if (aux)
        r.notes.push_back(
            "inception_v3: the auxiliary classifier (AuxLogits, training "
            "only) dropped");
    }
  }
  // The class count: given, or the file's classifier rows.
  int classes = static_cast<int>(o.classes.size());
  std::string finalName;
  {
    auto probe = makeNetwork(arch, 1, 224, 224);
    finalName = finalLayerWeight(*probe);
    const int finalIn =
        finalName.empty()
            ? 0
            : static_cast<int>(probe->named_parameters(true).find(finalName)->size(1));
    int inFile = 0;
    if (!keras) {
      auto it = src.find(finalName);
      if (it != src.end() && it->second.dim() == 2) inFile = static_cast<int>(it->second.size(0));
    }
#ifdef OSTEON_HAVE_HDF5
    if (keras) {
      const std::string key = finalName.substr(startsWith(finalName, "backbone.") ? 9 : 0);
      const std::string layer = key.substr(0, key.find('.'));
      std::vector<int> outs;
      for (const auto& l : kfile.layers) {
        auto it = l.vars.find("kernel");
        if (it == l.vars.end() || it->second.dim() != 2) continue;
        if (l.name == layer || (layer == "fc" && l.name == "predictions")) {
          outs = {static_cast<int>(it->second.size(1))};
          break;
        }
        if (it->second.size(0) == finalIn) outs.push_back(static_cast<int>(it->second.size(1)));
      }
      if (outs.size() == 1) inFile = outs[0];
    }
#endif
    if (classes == 0) {
      if (o.backboneOnly) {
        classes = 1;
      } else if (inFile > 0) {
        classes = inFile;
      } else {
        throw Error(fileError(path, "cannot find the classifier (" + finalName +
                                        ") in the file: give --classes, or --backbone-only"));
      }
    } else if (!o.backboneOnly && inFile > 0 && inFile != classes) {
      throw Error(fileError(path, "the file's classifier has " + std::to_string(inFile) +
                                      " outputs but " + std::to_string(classes) +
                                      " classes were given (or import --backbone-only)"));
    }
  }
  info.architecture = arch;
  if (o.classes.empty())
    for (int i = 0; i < classes; ++i)
      info.classNames.push_back("class_" + std::to_string(i));
  else
    info.classNames = o.classes;
  info.inputSize = o.inputSize > 0 ? o.inputSize : defaultInputSize(arch);
  info.inputHeight = o.inputHeight;
  torch::manual_seed(0);
  auto net = makeNetwork(arch, classes, info.inputSize, inputHeightOf(info));
  if (keras) {
#ifdef OSTEON_HAVE_HDF5
    importKeras(*net, kfile, o, path, r);
    std::string pre = o.kerasPreprocessing;
    if (pre.empty()) pre = startsWith(arch, "keras_resnet50") ? "caffe" : "tf";
    if (pre == "caffe") {
      // keras.applications "caffe": BGR, ImageNet channel means on 0..255, no scaling. The first
      // convolution takes RGB after its input channels are reversed.
      torch::NoGradGuard ng;
      bool flipped = false;
      for (auto& p : net->named_parameters(true)) {
        if (p.value().dim() == 4 && p.value().size(1) == 3) {
          p.value().copy_(p.value().flip({1}));
          flipped = true;
          break;
        }
      }
      if (!flipped) throw Error("caffe preprocessing: no RGB input convolution to permute");
      info.mean = {123.68 / 255, 116.779 / 255, 103.939 / 255};
      info.stdev = {1.0 / 255, 1.0 / 255, 1.0 / 255};
      r.notes.push_back(
          "Keras 'caffe' input (BGR, ImageNet means on 0..255): the first "
          "convolution's channels reversed to take RGB");
    } else if (pre == "tf") {
      info.mean = {0.5, 0.5, 0.5};
      info.stdev = {0.5, 0.5, 0.5};
      r.notes.push_back("Keras 'tf' input: x / 127.5 - 1");
    } else if (pre == "rescale") {
      info.mean = {0, 0, 0};
      info.stdev = {1, 1, 1};
      r.notes.push_back("input rescaled to 0..1 only");
    } else if (pre != "torch") {
      throw Error("Keras preprocessing '" + pre + "' is not one of caffe, tf, torch, rescale");
    }
#endif
  } else {
    copyInto(*net, src, o.backboneOnly, path, r);
    if (startsWith(arch, "inception_v3"))
      r.notes.push_back(
          "inception_v3: torchvision's pretrained weights expect transform_input "
          "(x - 0.5) / 0.5 inputs: pass --mean 0.5,0.5,0.5 --std 0.5,0.5,0.5 for "
          "them");
  }
  if (!o.mean.empty()) info.mean = o.mean;
  if (!o.stdev.empty()) info.stdev = o.stdev;
  if (info.mean.size() != 3 || info.stdev.size() != 3)
    throw Error("the normalisation needs three means and three standard deviations");
  info.camLayer = net->camLayers().back();
  info.provenance = o.provenance.empty()
                        ? "imported from " + fs::path(path).filename().string() + " (" + r.format +
                              " names)" + (o.backboneOnly ? ", backbone only" : "")
                        : o.provenance;
  info.metrics = json::object();
  info.metrics["imported_from"] = fs::path(path).filename().string();
  info.metrics["import_format"] = r.format;
  if (o.backboneOnly) info.metrics["backbone_only"] = true;
  net->eval();
  r.model.info = info;
  r.model.network = net;
  return r;
}

ImportResult importWeightsToPackage(const std::string& path, const std::string& out,
                                    const ImportOptions& options) {
  ImportResult r = importWeights(path, options);
  saveModel(out, r.model.info, *r.model.network);
  return r;
}

}  // namespace osteon::ai
