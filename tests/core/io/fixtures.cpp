#include "tests/core/io/fixtures.h"

#include <stdexcept>

namespace osteon::test {

void fillHeader(DcmDataset* ds, const FixtureSpec& s) {
  ds->putAndInsertString(DCM_SOPClassUID, UID_MRImageStorage);
  ds->putAndInsertString(DCM_SOPInstanceUID,
                         (s.seriesUid + "." + std::to_string(s.instanceNumber)).c_str());
  ds->putAndInsertString(DCM_PatientName, "FIXTURE^TEST");
  ds->putAndInsertString(DCM_PatientID, s.patientId.c_str());
  ds->putAndInsertString(DCM_StudyInstanceUID, s.studyUid.c_str());
  ds->putAndInsertString(DCM_SeriesInstanceUID, s.seriesUid.c_str());
  ds->putAndInsertString(DCM_Modality, "MR");
  ds->putAndInsertString(DCM_SeriesNumber, std::to_string(s.seriesNumber).c_str());
  ds->putAndInsertString(DCM_InstanceNumber, std::to_string(s.instanceNumber).c_str());
  ds->putAndInsertUint16(DCM_Rows, static_cast<Uint16>(s.rows));
  ds->putAndInsertUint16(DCM_Columns, static_cast<Uint16>(s.columns));
  if (s.frames > 1) ds->putAndInsertString(DCM_NumberOfFrames, std::to_string(s.frames).c_str());
  ds->putAndInsertUint16(DCM_SamplesPerPixel, static_cast<Uint16>(s.samplesPerPixel));
  if (s.samplesPerPixel == 3) ds->putAndInsertUint16(DCM_PlanarConfiguration, 0);
  ds->putAndInsertString(DCM_PhotometricInterpretation, s.photometric.c_str());
  ds->putAndInsertUint16(DCM_BitsAllocated, static_cast<Uint16>(s.bitsAllocated));
  ds->putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(s.bitsStored));
  ds->putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(s.highBit));
  ds->putAndInsertUint16(DCM_PixelRepresentation, static_cast<Uint16>(s.pixelRepresentation));
  if (!s.pixelSpacing.empty()) ds->putAndInsertString(DCM_PixelSpacing, s.pixelSpacing.c_str());
  if (s.geometry) {
    ds->putAndInsertString(DCM_ImagePositionPatient,
                           (s.ipp.empty() ? "0\\0\\" + std::to_string(s.z) : s.ipp).c_str());
    ds->putAndInsertString(DCM_ImageOrientationPatient, s.iop.c_str());
  }
}

void saveDataset(DcmFileFormat& ff, const std::string& path) {
  const OFCondition st = ff.saveFile(path.c_str(), EXS_LittleEndianExplicit);
  if (st.bad()) throw std::runtime_error("fixture: cannot save " + path + ": " + st.text());
}

void saveWords(const FixtureSpec& s, const std::vector<std::uint16_t>& words,
               const std::string& path) {
  DcmFileFormat ff;
  fillHeader(ff.getDataset(), s);
  ff.getDataset()->putAndInsertUint16Array(DCM_PixelData, words.data(),
                                           static_cast<unsigned long>(words.size()));
  saveDataset(ff, path);
}

void saveBytes(const FixtureSpec& s, const std::vector<std::uint8_t>& bytes,
               const std::string& path) {
  DcmFileFormat ff;
  fillHeader(ff.getDataset(), s);
  ff.getDataset()->putAndInsertUint8Array(DCM_PixelData, bytes.data(),
                                          static_cast<unsigned long>(bytes.size()));
  saveDataset(ff, path);
}

}  // namespace osteon::test
