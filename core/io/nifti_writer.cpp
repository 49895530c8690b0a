#include "core/io/nifti_writer.h"

#include <nifti1.h>  // the format's own header: the struct layout and codes, no library
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

#include "core/base/error.h"

namespace osteon::io::detail {

namespace {

using image::Mat3;
using image::PixelType;
using image::Vec3;

static_assert(sizeof(nifti_1_header) == 348, "NIfTI-1 headers are 348 bytes");

void setType(nifti_1_header& h, PixelType t) {
  switch (t) {
    case PixelType::UInt8:
      h.datatype = NIFTI_TYPE_UINT8;
      h.bitpix = 8;
      return;
    case PixelType::Int16:
      h.datatype = NIFTI_TYPE_INT16;
      h.bitpix = 16;
      return;
    case PixelType::UInt16:
      h.datatype = NIFTI_TYPE_UINT16;
      h.bitpix = 16;
      return;
    case PixelType::Float32:
      h.datatype = NIFTI_TYPE_FLOAT32;
      h.bitpix = 32;
      return;
    case PixelType::RGB8:
      h.datatype = NIFTI_TYPE_RGB24;
      h.bitpix = 24;
      return;
  }
}

// The closest rotation to m's columns (Gram-Schmidt in axis order), as NIfTI's qform needs.
Mat3 orthonormalised(const Mat3& m) {
  Vec3 x = image::normalized(m.column(0));
  Vec3 y = m.column(1);
  y = image::normalized(image::sub(y, image::scale(x, image::dot(x, y))));
  Vec3 z = image::cross(x, y);
  if (image::dot(z, m.column(2)) < 0) z = image::scale(z, -1);  // keep the handedness
  Mat3 r;
  r.setColumn(0, x);
  r.setColumn(1, y);
  r.setColumn(2, z);
  return r;
}

// NIfTI's quaternion (b, c, d; a >= 0 implied) and qfac of a rotation-or-reflection matrix r:
// the standard conversion of nifti1_io's nifti_mat44_to_quatern, written out here so that the
// program needs no NIfTI library (ITK's I/O module carries its own copy).
void setQuaternion(nifti_1_header& h, Mat3 r) {
  double qfac = 1;
  if (r.determinant() < 0) {  // a reflection: NIfTI stores it as qfac = -1 on the third axis
    qfac = -1;
    for (int i = 0; i < 3; ++i)
      r(i, 2) = -r(i, 2);
  }
  double a = r(0, 0) + r(1, 1) + r(2, 2) + 1, b, c, d;
  if (a > 0.5) {
    a = 0.5 * std::sqrt(a);
    b = 0.25 * (r(2, 1) - r(1, 2)) / a;
    c = 0.25 * (r(0, 2) - r(2, 0)) / a;
    d = 0.25 * (r(1, 0) - r(0, 1)) / a;
  } else {
    const double xd = 1 + r(0, 0) - (r(1, 1) + r(2, 2));
    const double yd = 1 + r(1, 1) - (r(0, 0) + r(2, 2));
    const double zd = 1 + r(2, 2) - (r(0, 0) + r(1, 1));
    if (xd > 1) {
      b = 0.5 * std::sqrt(xd);
      c = 0.25 * (r(0, 1) + r(1, 0)) / b;
      d = 0.25 * (r(0, 2) + r(2, 0)) / b;
      a = 0.25 * (r(2, 1) - r(1, 2)) / b;
    } else if (yd > 1) {
      c = 0.5 * std::sqrt(yd);
      b = 0.25 * (r(0, 1) + r(1, 0)) / c;
      d = 0.25 * (r(1, 2) + r(2, 1)) / c;
      a = 0.25 * (r(0, 2) - r(2, 0)) / c;
    } else {
      d = 0.5 * std::sqrt(zd);
      b = 0.25 * (r(0, 2) + r(2, 0)) / d;
      c = 0.25 * (r(1, 2) + r(2, 1)) / d;
      a = 0.25 * (r(1, 0) - r(0, 1)) / d;
    }
    if (a < 0) {
      b = -b;
      c = -c;
      d = -d;
    }
  }
  h.quatern_b = static_cast<float>(b);
  h.quatern_c = static_cast<float>(c);
  h.quatern_d = static_cast<float>(d);
  h.pixdim[0] = static_cast<float>(qfac);
}

nifti_1_header headerFor(const image::Image& img) {
  nifti_1_header h;
  std::memset(&h, 0, sizeof h);
  h.sizeof_hdr = 348;
  h.dim[0] = 3;
  for (int a = 0; a < 3; ++a)
    h.dim[a + 1] = static_cast<short>(img.dims()[static_cast<std::size_t>(a)]);
  for (int a = 4; a < 8; ++a)
    h.dim[a] = 1;
  setType(h, img.pixelType());
  const image::Geometry& g = img.geometry;
  for (int a = 0; a < 3; ++a)
    h.pixdim[a + 1] = static_cast<float>(g.spacing[static_cast<std::size_t>(a)]);
  h.vox_offset = 352;  // header + the 4-byte extension flag (no extensions)
  h.scl_slope = 1;
  h.scl_inter = 0;
  h.xyzt_units = NIFTI_UNITS_MM | NIFTI_UNITS_SEC;
  h.qform_code = NIFTI_XFORM_SCANNER_ANAT;
  h.sform_code = NIFTI_XFORM_SCANNER_ANAT;
  std::snprintf(h.descrip, sizeof h.descrip, "Osteon");
  std::memcpy(h.magic, "n+1\0", 4);

  // LPS to RAS: x and y change sign. Affine rows: srow_r = flip_r * (D * diag(spacing) | origin).
  const double flip[3] = {-1, -1, 1};
  float* rows[3] = {h.srow_x, h.srow_y, h.srow_z};
  Mat3 rotation;
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) {
      rows[r][c] =
          static_cast<float>(flip[r] * g.direction(r, c) * g.spacing[static_cast<std::size_t>(c)]);
      rotation(r, c) = flip[r] * g.direction(r, c);
    }
    rows[r][3] = static_cast<float>(flip[r] * g.origin[static_cast<std::size_t>(r)]);
  }
  setQuaternion(h, orthonormalised(rotation));
  h.qoffset_x = h.srow_x[3];
  h.qoffset_y = h.srow_y[3];
  h.qoffset_z = h.srow_z[3];
  return h;
}

// A file sink over stdio or zlib; write() false on any error.
class Sink {
 public:
  Sink(const std::string& path, bool gzip) : gzip_(gzip) {
    if (gzip_)
      gz_ = ::gzopen(path.c_str(), "wb6");
    else
      file_ = std::fopen(path.c_str(), "wb");
  }
  ~Sink() { close(); }
  bool open() const { return gzip_ ? gz_ != nullptr : file_ != nullptr; }
  bool write(const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    if (!gzip_) return std::fwrite(p, 1, n, file_) == n;
    while (n > 0) {  // gzwrite takes an unsigned count
      const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30));
      if (::gzwrite(gz_, p, chunk) != static_cast<int>(chunk)) return false;
      p += chunk;
      n -= chunk;
    }
    return true;
  }
  bool close() {
    FILE* file = file_;
    gzFile gz = gz_;
    file_ = nullptr;
    gz_ = nullptr;
    if (file) return std::fclose(file) == 0;
    if (gz) return ::gzclose(gz) == Z_OK;
    return true;
  }

 private:
  bool gzip_;
  FILE* file_ = nullptr;
  gzFile gz_ = nullptr;
};

}  // namespace

void writeNifti(const image::Image& img, const std::string& path, bool gzip) {
  if (img.empty()) throw Error(fileError(path, "nothing to write: empty image"));
  for (int d : img.dims())
    if (d > 32767)
      throw Error(fileError(path, "NIfTI-1 holds at most 32767 voxels per axis; this image is " +
                                      std::to_string(img.width()) + "x" +
                                      std::to_string(img.height()) + "x" +
                                      std::to_string(img.depth())));
  const nifti_1_header h = headerFor(img);
  Sink sink(path, gzip);
  if (!sink.open())
    throw Error(fileError(path, std::string("cannot write: ") + std::strerror(errno)));
  const unsigned char extension[4] = {0, 0, 0, 0};
  const bool ok = sink.write(&h, sizeof h) && sink.write(extension, sizeof extension) &&
                  sink.write(img.bytes(), img.byteSize());
  const int err = errno;
  if (!sink.close() || !ok) {
    std::remove(path.c_str());
    throw Error(fileError(
        path, std::string("cannot write: ") + (err ? std::strerror(err) : "write failed")));
  }
}

}  // namespace osteon::io::detail
