#include "core/io/png_file.h"

#include <png.h>

#include <algorithm>
#include <cerrno>
#include <csetjmp>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "core/base/error.h"

namespace osteon::io::detail {

namespace {

struct ErrorState {
  char message[256] = "corrupt PNG data";
};

void onError(png_structp png, png_const_charp msg) {
  auto* st = static_cast<ErrorState*>(png_get_error_ptr(png));
  std::snprintf(st->message, sizeof st->message, "%s", msg);
  png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

std::uint32_t bigEndian32(const unsigned char* b) {
  return (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) |
         std::uint32_t{b[3]};
}

// Walks the chunk list before libpng sees the file. libpng allocates a whole ancillary chunk (sCAL,
// iCCP, zTXt...) from its declared length before reading it, so a 30-byte file can ask for 2 GiB;
// its chunk-size limit does not cover every chunk. A chunk that declares more bytes than the file
// still holds is refused here with its name. Returns an empty string when the layout is sound.
std::string checkChunkLayout(FILE* f) {
  if (std::fseek(f, 0, SEEK_END) != 0) return "cannot seek";
  const long fileSize = std::ftell(f);
  if (fileSize < 0) return "cannot seek";
  long pos = 8;  // after the signature; libpng checks the signature itself
  unsigned char header[8];
  while (pos + 8 <= fileSize) {
    if (std::fseek(f, pos, SEEK_SET) != 0 || std::fread(header, 1, 8, f) != 8) break;
    const std::uint32_t length = bigEndian32(header);
    std::string type(reinterpret_cast<const char*>(header + 4), 4);
    for (char& c : type)
      if (c < 32 || c > 126) c = '?';
    const long remaining = fileSize - pos - 12;  // header and CRC excluded
    if (static_cast<long long>(length) > remaining)
      return "chunk '" + type + "' declares " + std::to_string(length) +
             " bytes but the file has " + std::to_string(std::max(0L, remaining)) +
             " left (truncated or corrupt file)";
    if (type == "IEND") break;
    pos += 12 + static_cast<long>(length);
  }
  std::rewind(f);
  return {};
}

// Decodes into `rows` with libpng; returns false with st.message set on any libpng error. Only
// trivially destructible objects live across the setjmp.
bool decode(FILE* f, ErrorState& st, png_uint_32& w, png_uint_32& h, int& channels, int& depth,
            std::vector<unsigned char>& pixels) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &st, onError, onWarning);
  if (!png) return false;
  png_infop info = png_create_info_struct(png);
  if (!info) {
    png_destroy_read_struct(&png, nullptr, nullptr);
    return false;
  }
  // volatile: its value must survive the longjmp back into setjmp.
  png_bytep* volatile rowPointers = nullptr;
  if (setjmp(png_jmpbuf(png))) {
    png_free(png, rowPointers);
    png_destroy_read_struct(&png, &info, nullptr);
    return false;
  }
  // Bounded memory on hostile files: no image side above 65535, no chunk above 64 MiB.
  png_set_user_limits(png, 65535, 65535);
  png_set_chunk_malloc_max(png, 64u << 20);
  png_init_io(png, f);
  png_read_info(png, info);
  w = png_get_image_width(png, info);
  h = png_get_image_height(png, info);
  if (w == 0 || h == 0 || static_cast<double>(w) * h > static_cast<double>(image::maxVoxels()))
    png_error(png, "image size is empty or above the limit");
  const int colorType = png_get_color_type(png, info);
  depth = png_get_bit_depth(png, info);
  if (colorType == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
  if (colorType == PNG_COLOR_TYPE_GRAY && depth < 8) png_set_expand_gray_1_2_4_to_8(png);
  if (png_get_valid(png, info, PNG_INFO_tRNS)) png_set_strip_alpha(png);
  if (colorType & PNG_COLOR_MASK_ALPHA) png_set_strip_alpha(png);
  if (depth == 16) png_set_swap(png);  // host (little-endian) order
  png_read_update_info(png, info);
  channels = png_get_channels(png, info);
  depth = png_get_bit_depth(png, info);
  const std::size_t rowBytes = png_get_rowbytes(png, info);
  pixels.resize(rowBytes * h);
  rowPointers = static_cast<png_bytep*>(png_malloc(png, sizeof(png_bytep) * h));
  for (png_uint_32 y = 0; y < h; ++y)
    rowPointers[y] = pixels.data() + rowBytes * y;
  png_read_image(png, rowPointers);
  png_read_end(png, nullptr);
  png_free(png, rowPointers);
  png_destroy_read_struct(&png, &info, nullptr);
  return true;
}

}  // namespace

image::Image readPng(const std::string& path) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw Error(fileError(path, "cannot open"));
  ErrorState st;
  if (const std::string bad = checkChunkLayout(f.get()); !bad.empty())
    throw Error(fileError(path, "cannot read PNG: " + bad));
  png_uint_32 w = 0, h = 0;
  int channels = 0, depth = 0;
  std::vector<unsigned char> pixels;
  if (!decode(f.get(), st, w, h, channels, depth, pixels))
    throw Error(fileError(path, std::string("cannot read PNG: ") + st.message));
  using image::PixelType;
  const int W = static_cast<int>(w), H = static_cast<int>(h);
  auto tag = [](image::Image img) {
    img.meta["has_geometry"] = "0";
    return img;
  };
  if (channels == 3 && depth == 8) {
    image::Image img(PixelType::RGB8, {W, H, 1});
    std::memcpy(img.bytes(), pixels.data(), img.byteSize());
    return tag(std::move(img));
  }
  if (channels == 1 && depth == 8) {
    image::Image img(PixelType::UInt8, {W, H, 1});
    std::memcpy(img.bytes(), pixels.data(), img.byteSize());
    return tag(std::move(img));
  }
  if (channels == 1 && depth == 16) {
    image::Image img(PixelType::UInt16, {W, H, 1});
    std::memcpy(img.bytes(), pixels.data(), img.byteSize());
    return tag(std::move(img));
  }
  if (channels == 3 && depth == 16) {
    // 16-bit colour: keep the high byte of each sample.
    image::Image img(PixelType::RGB8, {W, H, 1});
    const auto* s = reinterpret_cast<const std::uint16_t*>(pixels.data());
    for (std::size_t i = 0; i < img.byteSize(); ++i)
      img.bytes()[i] = static_cast<std::uint8_t>(s[i] >> 8);
    return tag(std::move(img));
  }
  throw Error(fileError(path, "unsupported PNG layout (" + std::to_string(channels) +
                                  " channels, " + std::to_string(depth) + " bits)"));
}

image::Image::Dims readPngSize(const std::string& path) {
  // The IHDR chunk comes first: signature (8), length (4), "IHDR" (4), width (4), height (4).
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw Error(fileError(path, "cannot open"));
  unsigned char head[24];
  static const unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  if (std::fread(head, 1, sizeof head, f.get()) != sizeof head ||
      std::memcmp(head, kSignature, 8) != 0 || std::memcmp(head + 12, "IHDR", 4) != 0)
    throw Error(fileError(path, "cannot read PNG: not a PNG file (no IHDR header)"));
  const std::uint32_t w = bigEndian32(head + 16), h = bigEndian32(head + 20);
  if (w == 0 || h == 0 || w > 0x7fffffffu || h > 0x7fffffffu)
    throw Error(fileError(
        path, "cannot read PNG: invalid size " + std::to_string(w) + "x" + std::to_string(h)));
  return {static_cast<int>(w), static_cast<int>(h), 1};
}

namespace {

struct WriteState {
  ErrorState error;
  FILE* file = nullptr;
};

// Encodes with libpng; false with st.error.message set on any libpng error. Only trivially
// destructible objects live across the setjmp.
bool encode(const image::Image& img, WriteState& st) {
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &st.error, onError, onWarning);
  if (!png) return false;
  png_infop info = png_create_info_struct(png);
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    return false;
  }
  png_bytep* volatile rowPointers = nullptr;
  if (setjmp(png_jmpbuf(png))) {
    png_free(png, rowPointers);
    png_destroy_write_struct(&png, &info);
    return false;
  }
  png_init_io(png, st.file);
  const bool rgb = img.pixelType() == image::PixelType::RGB8;
  const int depth = img.pixelType() == image::PixelType::UInt16 ? 16 : 8;
  const auto w = static_cast<png_uint_32>(img.width()), h = static_cast<png_uint_32>(img.height());
  png_set_IHDR(png, info, w, h, depth, rgb ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_GRAY,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  if (depth == 16) png_set_swap(png);  // from host (little-endian) order
  const std::size_t rowBytes = static_cast<std::size_t>(w) * image::bytesPerPixel(img.pixelType());
  rowPointers = static_cast<png_bytep*>(png_malloc(png, sizeof(png_bytep) * h));
  // libpng takes non-const rows but does not write to them.
  auto* base = const_cast<std::uint8_t*>(img.bytes());
  for (png_uint_32 y = 0; y < h; ++y)
    rowPointers[y] = base + rowBytes * y;
  png_write_image(png, rowPointers);
  png_write_end(png, nullptr);
  png_free(png, rowPointers);
  png_destroy_write_struct(&png, &info);
  return true;
}

}  // namespace

void writePng(const image::Image& img, const std::string& path) {
  using image::PixelType;
  if (img.depth() != 1)
    throw Error(
        fileError(path, "PNG holds one slice; this image has " + std::to_string(img.depth())));
  const PixelType t = img.pixelType();
  if (t != PixelType::UInt8 && t != PixelType::UInt16 && t != PixelType::RGB8)
    throw Error(fileError(path, std::string("PNG cannot hold ") + image::pixelTypeName(t) +
                                    " pixels; apply a window first"));
  WriteState st;
  st.file = std::fopen(path.c_str(), "wb");
  if (!st.file) throw Error(fileError(path, std::string("cannot write: ") + std::strerror(errno)));
  const bool encoded = encode(img, st);
  const bool closed = std::fclose(st.file) == 0;
  if (!encoded || !closed) {
    std::remove(path.c_str());
    throw Error(fileError(path, std::string("cannot write PNG: ") +
                                    (encoded ? std::strerror(errno) : st.error.message)));
  }
}

}  // namespace osteon::io::detail
