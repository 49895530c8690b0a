#include "core/ai/task_input_check.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace osteon::ai {

namespace {

std::string upper(std::string s) {
  for (char& c : s)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string lower(std::string s) {
  for (char& c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}
std::string metaOf(const image::Image& img, const char* key) {
  const auto it = img.meta.find(key);
  return it == img.meta.end() ? std::string() : trim(it->second);
}
bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Modalities that make cross-sections (volumes), never a projection radiograph.
bool crossSectional(const std::string& mod) {
  static const std::vector<std::string> m{"MR", "CT", "PT", "NM", "US", "OCT"};
  return contains(m, mod);
}
// Pictures that do not say what they are: plain files and secondary captures.
bool untyped(const std::string& mod) {
  return mod.empty() || mod == "OT" || mod == "SC";
}
bool projectionModality(const std::string& mod) {
  static const std::vector<std::string> m{"DX", "CR", "PX", "MG", "RF", "XA", "IO", "RG"};
  return contains(m, mod);
}

std::string sizeText(int w, int h) {
  return std::to_string(w) + " x " + std::to_string(h) + " px";
}
std::string aspectText(double a) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", a);
  return buf;
}
std::string article(const std::string& word) {
  // "an MR", "an X-ray", "a DX": DICOM modality letters read out loud.
  if (word.empty()) return "a";
  const char c = word[0];
  return std::string("AEFHILMNORSX").find(c) != std::string::npos ? "an" : "a";
}

// "an MR series (Sagittal T2, 17 slices)", "a DX radiograph of the SPINE (600 x 1500 px)",
// "a picture without a modality (384 x 384 px)".
std::string describe(const SeriesSummary& s) {
  const std::string mod = upper(s.modality);
  std::string d;
  if (untyped(mod)) {
    d = s.depth > 1 ? "a volume without a modality" : "a picture without a modality";
  } else if (crossSectional(mod) || s.depth > 1) {
    d = article(mod) + " " + mod + (s.depth > 1 ? " series" : " image");
  } else {
    d = article(mod) + " " + mod + " radiograph";
    if (!s.bodyPart.empty()) d += " of the " + upper(s.bodyPart);
  }
  std::string detail;
  if (!s.description.empty()) detail = s.description;
  if (s.depth > 1)
    detail += (detail.empty() ? "" : ", ") + std::to_string(s.depth) + " slices";
  else
    detail += (detail.empty() ? "" : ", ") + sizeText(s.width, s.height);
  return d + " (" + detail + ")";
}

bool anatomyMatches(const TaskAcceptance& a, const SeriesSummary& s) {
  const std::string mod = upper(s.modality);
  if (mod == "PX" && contains(a.modalities, "PX")) return true;  // PX is a panoramic by definition
  const std::string text = upper(s.bodyPart + " " + s.description);
  for (const std::string& k : a.anatomy)
    if (text.find(k) != std::string::npos) return true;
  return false;
}

bool descriptionMatches(const std::string& description, const std::string& needed) {
  const std::string d = lower(description);
  std::size_t pos = 0;
  const std::string n = lower(needed);
  while (pos < n.size()) {
    const std::size_t end = std::min(n.find(' ', pos), n.size());
    if (end > pos && d.find(n.substr(pos, end - pos)) == std::string::npos) return false;
    pos = end + 1;
  }
  return true;
}

InputCheck refuse(const std::string& task, const TaskAcceptance& a, const std::string& input,
                  const std::string& why) {
  InputCheck c;
  c.ok = false;
  c.input = input;
  c.reason = task + " expects " + a.expects + "; " + why;
  return c;
}

InputCheck checkProjection(const std::string& task, const TaskAcceptance& a,
                           const SeriesSummary& s) {
  const std::string mod = upper(s.modality);
  const std::string what = describe(s);
  if (crossSectional(mod) || (s.depth > 1 && (untyped(mod) || !projectionModality(mod))))
    return refuse(task, a, what, "this is " + what);
  if (!untyped(mod) && !a.modalities.empty() && !contains(a.modalities, mod))
    return refuse(task, a, what, "this is " + what);
  if (s.width < a.minWidth || s.height < a.minHeight)
    return refuse(task, a, what,
                  "this is " + what + ", smaller than " + sizeText(a.minWidth, a.minHeight));
  if (anatomyMatches(a, s)) return {true, {}, what};
  if (!untyped(mod) && !s.bodyPart.empty()) return refuse(task, a, what, "this is " + what);
  // No recorded anatomy: the shape decides.
  const double aspect = s.height > 0 ? double(s.width) / s.height : 0;
  const bool fits =
      (a.minAspect <= 0 || aspect >= a.minAspect) && (a.maxAspect <= 0 || aspect <= a.maxAspect);
  if (fits) return {true, {}, what};
  std::string why = "this is " + what + ", width / height " + aspectText(aspect);
  why += untyped(mod) ? "; a picture without a modality is judged by its shape"
                      : "; with no body part recorded it is judged by its shape";
  if (!a.shapeName.empty()) why += " (" + a.shapeName + ")";
  return refuse(task, a, what, why);
}

InputCheck checkStudy(const std::string& task, const TaskAcceptance& a,
                      const std::vector<SeriesSummary>& series) {
  if (series.empty()) return refuse(task, a, {}, "no study is open");
  std::vector<const SeriesSummary*> volumes;
  for (const SeriesSummary& s : series) {
    const std::string mod = upper(s.modality);
    const bool modalityOk = a.modalities.empty() ? true
                            : untyped(mod)       ? s.depth > 1
                                                 : contains(a.modalities, mod);
    if (modalityOk) volumes.push_back(&s);
  }
  if (volumes.empty()) {
    const std::string what = describe(series.front());
    return refuse(task, a, what,
                  "this is " + what +
                      (series.size() > 1 ? " and " + std::to_string(series.size() - 1) + " more"
                                         : std::string()));
  }
  std::string what = std::to_string(volumes.size()) + " series";
  if (a.seriesDescriptions.empty()) return {true, {}, what};
  std::string names;
  for (const SeriesSummary* s : volumes) {
    for (const std::string& n : a.seriesDescriptions)
      if (descriptionMatches(s->description, n)) return {true, {}, what};
    names += (names.empty() ? "'" : ", '") + s->description + "'";
  }
  std::string needed;
  for (std::size_t i = 0; i < a.seriesDescriptions.size(); ++i)
    needed += (i == 0                                 ? ""
               : i + 1 == a.seriesDescriptions.size() ? " or "
                                                      : ", ") +
              a.seriesDescriptions[i];
  return refuse(task, a, what,
                "this study's series are described as " + names + " (none is " + needed + ")");
}

}  // namespace

SeriesSummary summarize(const image::Image& volume, const std::string& description) {
  SeriesSummary s;
  s.modality = metaOf(volume, "modality");
  s.bodyPart = metaOf(volume, "body_part");
  s.description = description.empty() ? metaOf(volume, "series_description") : description;
  s.width = volume.width();
  s.height = volume.height();
  s.depth = volume.depth();
  return s;
}

InputCheck checkTaskInput(const std::string& task, const TaskAcceptance& accepts,
                          const TaskInput& input) {
  if (accepts.expects.empty()) return {};  // the task declares nothing: anything goes
  if (accepts.projection) {
    if (!input.image || input.image->empty()) return refuse(task, accepts, {}, "no image is open");
    return checkProjection(task, accepts, summarize(*input.image));
  }
  std::vector<SeriesSummary> series;
  for (const TaskSeries& s : input.series)
    if (s.volume && !s.volume->empty()) series.push_back(summarize(*s.volume, s.description));
  if (series.empty() && input.image && !input.image->empty())
    series.push_back(summarize(*input.image));
  return checkStudy(task, accepts, series);
}

TaskAcceptance osteoporosisAcceptance() {
  TaskAcceptance a;
  a.expects = "one panoramic dental radiograph";
  a.projection = true;
  a.modalities = {"PX", "DX", "CR"};
  a.anatomy = {"PANO", "JAW", "MANDIBLE", "MAXILLA", "DENTAL", "TEETH", "TOOTH", "OPG"};
  a.minWidth = 128;
  a.minHeight = 64;
  a.minAspect = 1.4;
  a.maxAspect = 4.0;
  a.shapeName = "a panoramic is about twice as wide as tall";
  return a;
}

TaskAcceptance scoliosisAcceptance() {
  TaskAcceptance a;
  a.expects = "one AP spine radiograph";
  a.projection = true;
  a.modalities = {"DX", "CR"};
  a.anatomy = {"SPINE", "SCOLIO", "WHOLEBODY", "WHOLE BODY", "THORACOLUMBAR", "SPINAL"};
  a.minWidth = 64;
  a.minHeight = 128;
  a.minAspect = 0;
  a.maxAspect = 0.95;
  a.shapeName = "an AP spine radiograph is taller than wide";
  return a;
}

TaskAcceptance lumbarAcceptance() {
  TaskAcceptance a;
  a.expects = "an MR study of the lumbar spine (sagittal T1, sagittal T2/STIR, axial T2)";
  a.projection = false;
  a.modalities = {"MR"};
  a.seriesDescriptions = {"sagittal t1", "sagittal t2", "axial t2"};
  return a;
}

TaskProposal proposeTask(const std::vector<SeriesSummary>& series) {
  const TaskAcceptance pano = osteoporosisAcceptance(), spine = scoliosisAcceptance();
  TaskProposal projection;
  for (const SeriesSummary& s : series) {
    const std::string mod = upper(s.modality);
    if (mod == "MR") {
      const std::string body = upper(s.bodyPart);
      if (descriptionMatches(s.description, "sagittal") ||
          descriptionMatches(s.description, "axial") || body.find("SPINE") != std::string::npos ||
          body.find("LUMBAR") != std::string::npos)
        return {"lumbar", "MR study with sagittal/axial spine series"};
      continue;
    }
    if (!projection.task.empty() || s.depth > 1 || crossSectional(mod)) continue;
    if (!untyped(mod) && !projectionModality(mod)) continue;
    if (anatomyMatches(pano, s)) {
      projection = {"osteoporosis", describe(s)};
    } else if (anatomyMatches(spine, s)) {
      projection = {"scoliosis", describe(s)};
    } else if (s.bodyPart.empty() && s.height > 0) {
      const double aspect = double(s.width) / s.height;
      const std::string shape = ", judged by its shape";
      if (aspect >= pano.minAspect)
        projection = {"osteoporosis", describe(s) + shape};
      else if (aspect <= spine.maxAspect)
        projection = {"scoliosis", describe(s) + shape};
    }
  }
  return projection;
}

std::string displayClassName(const std::string& raw) {
  if (raw.find('_') == std::string::npos) return raw;
  std::size_t i = 0;
  while (i < raw.size() && std::isdigit(static_cast<unsigned char>(raw[i])))
    ++i;
  std::string s = (i > 0 && i < raw.size() && raw[i] == '_') ? raw.substr(i + 1) : raw;
  std::replace(s.begin(), s.end(), '_', ' ');
  s = trim(s);
  if (s.empty()) return raw;
  s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace osteon::ai
