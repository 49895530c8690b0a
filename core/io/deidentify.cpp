#include "core/io/deidentify.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcvr.h>

#include <filesystem>
#include <vector>

#include "core/base/error.h"
#include "core/io/dicom_scan.h"
#include "core/io/dicom_writer.h"
#include "core/io/itk_bridge.h"

namespace osteon::io {

namespace fs = std::filesystem;

std::string UidMapper::map(const std::string& uid) {
  if (uid.empty()) return uid;
  auto it = map_.find(uid);
  if (it != map_.end()) return it->second;
  const std::string out = makeUid(salt_ + "|" + uid);
  map_.emplace(uid, out);
  return out;
}

namespace {

// PS3.15 Table E.1-1, Basic Profile: X = remove, Z = empty, D = dummy value.
const DcmTagKey kRemove[] = {DCM_OtherPatientIDsSequence,
                             DCM_OtherPatientNames,
                             DCM_PatientAddress,
                             DCM_PatientMotherBirthName,
                             DCM_PatientTelephoneNumbers,
                             DCM_PatientBirthTime,
                             DCM_PatientAge,
                             DCM_PatientSize,
                             DCM_PatientWeight,
                             DCM_MilitaryRank,
                             DCM_BranchOfService,
                             DCM_EthnicGroup,
                             DCM_Occupation,
                             DCM_AdditionalPatientHistory,
                             DCM_PatientComments,
                             DCM_RETIRED_MedicalRecordLocator,
                             DCM_InstitutionName,
                             DCM_InstitutionAddress,
                             DCM_InstitutionalDepartmentName,
                             DCM_PhysiciansOfRecord,
                             DCM_PerformingPhysicianName,
                             DCM_NameOfPhysiciansReadingStudy,
                             DCM_OperatorsName,
                             DCM_AdmittingDiagnosesDescription,
                             DCM_DeviceSerialNumber,
                             DCM_StationName,
                             DCM_ProtocolName,
                             DCM_RequestAttributesSequence,
                             DCM_AcquisitionDate,
                             DCM_AcquisitionTime,
                             DCM_AcquisitionDateTime,
                             DCM_SeriesDate,
                             DCM_SeriesTime,
                             DCM_ImageComments,
                             DCM_ReferencedStudySequence,
                             DCM_ReferencedPatientSequence,
                             DCM_RequestingPhysician,
                             DCM_ReferringPhysicianAddress,
                             DCM_ReferringPhysicianTelephoneNumbers,
                             DCM_IssuerOfPatientID,
                             DCM_CountryOfResidence,
                             DCM_RegionOfResidence,
                             DCM_CurrentPatientLocation,
                             DCM_PatientInstitutionResidence,
                             DCM_ResponsiblePerson,
                             DCM_ResponsibleOrganization,
                             DCM_PerformedProcedureStepID,
                             DCM_PerformedProcedureStepStartDate,
                             DCM_PerformedProcedureStepStartTime,
                             DCM_PerformedProcedureStepDescription,
                             DCM_ScheduledProcedureStepDescription,
                             DCM_RequestedProcedureDescription,
                             DCM_RETIRED_StudyComments,
                             DCM_InstanceCreationDate,
                             DCM_InstanceCreationTime,
                             DCM_ContentDate,
                             DCM_ContentTime};
const DcmTagKey kEmpty[] = {DCM_PatientBirthDate, DCM_PatientSex, DCM_ReferringPhysicianName,
                            DCM_AccessionNumber,  DCM_StudyID,    DCM_StudyDate,
                            DCM_StudyTime};
const DcmTagKey kUids[] = {DCM_StudyInstanceUID,         DCM_SeriesInstanceUID,
                           DCM_SOPInstanceUID,           DCM_FrameOfReferenceUID,
                           DCM_ReferencedSOPInstanceUID, DCM_SynchronizationFrameOfReferenceUID,
                           DCM_IrradiationEventUID,      DCM_StorageMediaFileSetUID};

// Applies the profile to an item and, recursively, to the items of its sequences.
void clean(DcmItem* item, const DeidentifyOptions& o, UidMapper& uids) {
  for (const DcmTagKey& k : kRemove)
    item->findAndDeleteElement(k, OFTrue, OFTrue);
  for (const DcmTagKey& k : kEmpty)
    if (item->tagExists(k)) item->putAndInsertString(k, "");
  if (item->tagExists(DCM_PatientName))
    item->putAndInsertString(DCM_PatientName, o.pseudonym.c_str());
  if (item->tagExists(DCM_PatientID)) item->putAndInsertString(DCM_PatientID, o.pseudonym.c_str());
  for (const DcmTagKey& k : kUids) {
    OFString v;
    if (item->findAndGetOFString(k, v).good() && !v.empty())
      item->putAndInsertString(k, uids.map(v.c_str()).c_str());
  }
  // Private tags and nested sequences.
  std::vector<DcmTagKey> privates;
  for (unsigned long i = 0; i < item->card(); ++i) {
    DcmElement* e = item->getElement(i);
    if (e->getTag().isPrivate()) {
      privates.push_back(e->getTag());
      continue;
    }
    if (e->ident() == EVR_SQ) {
      auto* sq = static_cast<DcmSequenceOfItems*>(e);
      for (unsigned long j = 0; j < sq->card(); ++j)
        clean(sq->getItem(j), o, uids);
    }
  }
  for (const DcmTagKey& k : privates)
    item->findAndDeleteElement(k);
}

}  // namespace

void deidentifyFile(const std::string& in, const std::string& out, const DeidentifyOptions& o,
                    UidMapper& uids) {
  detail::initDcmtk();
  DcmFileFormat ff;
  OFCondition st = ff.loadFile(in.c_str());
  if (st.bad()) throw Error(fileError(in, std::string("cannot read: ") + st.text()));
  DcmDataset* ds = ff.getDataset();
  const E_TransferSyntax xfer = ds->getOriginalXfer();
  clean(ds, o, uids);
  ds->putAndInsertString(DCM_PatientIdentityRemoved, "YES");
  ds->putAndInsertString(DCM_DeidentificationMethod,
                         "DICOM PS3.15 Basic Application Level Confidentiality Profile (Osteon)");
  DcmItem* code = nullptr;
  if (ds->findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, code, 0).good() &&
      code) {
    code->putAndInsertString(DCM_CodeValue, "113100");
    code->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
    code->putAndInsertString(DCM_CodeMeaning, "Basic Application Confidentiality Profile");
  }
  OFString sop;
  ds->findAndGetOFString(DCM_SOPInstanceUID, sop);
  DcmMetaInfo* meta = ff.getMetaInfo();
  if (meta) meta->putAndInsertString(DCM_MediaStorageSOPInstanceUID, sop.c_str());
  std::error_code ec;
  fs::create_directories(fs::path(out).parent_path(), ec);
  st = ff.saveFile(out.c_str(), xfer == EXS_Unknown ? EXS_LittleEndianExplicit : xfer);
  if (st.bad()) throw Error(fileError(out, std::string("cannot write: ") + st.text()));
}

std::size_t deidentifyFolder(const std::string& inDir, const std::string& outDir,
                             const DeidentifyOptions& o, std::vector<std::string>* errors) {
  UidMapper uids(o.uidSalt);
  std::size_t n = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator
           it(inDir, fs::directory_options::skip_permission_denied, ec),
       end;
       it != end; it.increment(ec)) {
    if (ec || !it->is_regular_file()) continue;
    const std::string path = it->path().string();
    if (!looksLikeDicom(path)) continue;
    const fs::path rel = fs::relative(it->path(), inDir);
    try {
      deidentifyFile(path, (fs::path(outDir) / rel).string(), o, uids);
      ++n;
    } catch (const Error& e) {
      if (errors) errors->push_back(e.what());
    }
  }
  return n;
}

}  // namespace osteon::io
