#pragma once
// NIfTI-1 writing without ITK (internal to core/io): `osteon-cli convert` and every export of a
// volume to .nii/.nii.gz write here, so they never load the ITK module (core/io/itk_module.h).
// Reading NIfTI stays with ITK's reader, which copes with the variants other tools write.

#include <string>

#include "core/image/image.h"

namespace osteon::io::detail {

// One volume as a single-file NIfTI-1 (.nii, or gzip-compressed .nii.gz): voxels as stored (the
// caller applies a rescale first), geometry from LPS to NIfTI's RAS in both the sform (the exact
// affine) and the qform (its rotation, orthonormalised), codes "scanner anatomical", units mm.
// The same header ITK's NIfTI writer produces, so ITK, nibabel and dcm2niix users read the same
// world coordinates. Throws osteon::Error naming the file; a partly written file is removed.
void writeNifti(const image::Image& img, const std::string& path, bool gzip);

}  // namespace osteon::io::detail
