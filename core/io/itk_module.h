#pragma once
// Internal to core/io: the contract with Osteon's ITK image module.
//
// ITK's image I/O and GDCM bring 34 shared libraries whose loading and static set-up (GDCM builds
// its DICOM dictionaries at load time) cost about 45 ms per process on a 2-core machine, more
// than `dcmdump` takes for a whole file. So core/io does not link them: the formats that need ITK
// (JPEG, TIFF, BMP, NIfTI reading, NRRD, MetaImage) and GDCM's JPEG 2000 decoding live in a
// module, libosteon_io_itk.so, that core/io dlopen()s the first time a file needs it. DICOM
// (DCMTK), PNG (libpng) and NIfTI writing (nifti_writer.cpp) never load it.
//
// The contract is plain C data: no ITK type, no Osteon class and no exception crosses it, so the
// module and the program only have to agree on this header (checked by OSTEON_ITK_MODULE_ABI).

#include <cstddef>
#include <string>

extern "C" {

// Bump when anything below changes.
enum { OSTEON_ITK_MODULE_ABI = 1 };

// Voxel types (the same set as osteon::image::PixelType).
enum OsteonItkPixel {
  OSTEON_ITK_UINT8 = 0,
  OSTEON_ITK_INT16 = 1,
  OSTEON_ITK_UINT16 = 2,
  OSTEON_ITK_FLOAT32 = 3,
  OSTEON_ITK_RGB8 = 4
};

// One volume: size, voxel type and geometry (LPS; direction row-major, direction[3 * a + b] is
// row a, column b; columns are the axis directions), and the voxels (x fastest).
struct OsteonItkVolume {
  int dims[3];
  int pixel;
  double origin[3];
  double spacing[3];
  double direction[9];
  void* voxels;
};

// Called by a reader once it knows the size, type and geometry: returns a buffer of
// dims[0] * dims[1] * dims[2] voxels of that type, or null to refuse (the reader then stops and
// fails; the caller knows why).
typedef void* (*OsteonItkAllocate)(void* context, const OsteonItkVolume* header);

// Every function returns 0 on success; on failure it returns non-zero and writes a message (no
// path prefix) into error[0..errorSize).
struct OsteonItkModule {
  int abi;  // OSTEON_ITK_MODULE_ABI of the module's build
  // A plain image or volume (PNG, JPEG, TIFF, BMP, NIfTI, NRRD, MetaImage): grey as UInt8, Int16,
  // UInt16 or Float32; RGB(A) as RGB8, alpha dropped. A header declaring more than maxVoxels
  // voxels is refused before anything is allocated.
  int (*read)(const char* path, std::size_t maxVoxels, OsteonItkAllocate allocate, void* context,
              OsteonItkVolume* out, char* error, std::size_t errorSize);
  // Size from the header only.
  int (*readSize)(const char* path, int dims[3], char* error, std::size_t errorSize);
  // Writes by extension: .png .jpg .tif .bmp (one slice), .nii .nii.gz .nrrd .nhdr .mha .mhd.
  int (*write)(const char* path, const OsteonItkVolume* volume, char* error, std::size_t errorSize);
  // One DICOM file through GDCM (JPEG 2000 and other syntaxes DCMTK lacks): float32 physical
  // values (rescale applied), or RGB8 when rgb is non-zero.
  int (*readDicom)(const char* path, int rgb, OsteonItkAllocate allocate, void* context,
                   OsteonItkVolume* out, char* error, std::size_t errorSize);
};

// The module's one exported symbol.
const OsteonItkModule* osteon_itk_module(void);
}

namespace osteon::io::detail {

// The loaded module (dlopen on first call, thread-safe). Throws osteon::Error naming `why` (what
// needed it, e.g. "reading TIFF files") when it is missing or from another build. Searched in
// OSTEON_ITK_MODULE (a file path, the only place when set), then <exe>/../<libdir>/osteon and
// <exe>/../../<libdir>/osteon (the build tree, bin/ and libexec/osteon/ when installed), then the
// install directory.
const OsteonItkModule& itkModule(const std::string& why);

}  // namespace osteon::io::detail
