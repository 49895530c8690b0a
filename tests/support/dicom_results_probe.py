#!/usr/bin/env python3
"""Independent reference for Osteon's DICOM SR / Parametric Map tests: reads one file with
pydicom and prints one JSON object: SOP class, modality, and
  SR: the content tree flattened, one entry per content item with the path of concept meanings,
      value type, relationship, value (TEXT/UIDREF/CODE value/NUM value), unit code, graphic
      type and data, and the referenced SOP instance of IMAGE items;
  Parametric Map: rows, columns, frames, bits allocated, the LUT label and units of the real
      world value mapping, the derivation source; the float pixel values as little-endian
      float64 in RAWFILE.

usage: dicom_results_probe.py FILE RAWFILE
"""
import json
import sys

import numpy as np
import pydicom


def code(seq):
    if not seq:
        return None
    c = seq[0]
    return [str(c.get("CodeValue", "")), str(c.get("CodingSchemeDesignator", "")),
            str(c.get("CodeMeaning", ""))]


def walk(items, path, out):
    for it in items:
        name = code(it.get("ConceptNameCodeSequence"))
        p = path + "/" + (name[2] if name else "")
        rec = {"path": p, "vt": str(it.ValueType), "rel": str(it.get("RelationshipType", ""))}
        vt = rec["vt"]
        if vt == "TEXT":
            rec["value"] = str(it.TextValue)
        elif vt == "UIDREF":
            rec["value"] = str(it.UID)
        elif vt == "CODE":
            rec["value"] = code(it.ConceptCodeSequence)
        elif vt == "NUM":
            mv = it.MeasuredValueSequence[0]
            rec["value"] = float(mv.NumericValue)
            rec["unit"] = code(mv.MeasurementUnitsCodeSequence)
        elif vt == "SCOORD":
            rec["graphic_type"] = str(it.GraphicType)
            rec["graphic"] = [float(v) for v in it.GraphicData]
        elif vt == "IMAGE":
            rec["ref"] = str(it.ReferencedSOPSequence[0].ReferencedSOPInstanceUID)
        out.append(rec)
        if "ContentSequence" in it:
            walk(it.ContentSequence, p, out)


def main():
    ds = pydicom.dcmread(sys.argv[1])
    rec = {"sop_class": str(ds.SOPClassUID), "modality": str(ds.get("Modality", "")),
           "study_uid": str(ds.get("StudyInstanceUID", ""))}
    if "ContentSequence" in ds:
        rec["title"] = code(ds.ConceptNameCodeSequence)
        items = []
        walk(ds.ContentSequence, "", items)
        rec["items"] = items
        ev = []
        for st in ds.get("CurrentRequestedProcedureEvidenceSequence", []):
            for se in st.ReferencedSeriesSequence:
                for sop in se.ReferencedSOPSequence:
                    ev.append(str(sop.ReferencedSOPInstanceUID))
        rec["evidence"] = ev
    if "FloatPixelData" in ds:
        rec["rows"] = int(ds.Rows)
        rec["columns"] = int(ds.Columns)
        rec["frames"] = int(ds.get("NumberOfFrames", 1))
        rec["bits_allocated"] = int(ds.BitsAllocated)
        sh = ds.SharedFunctionalGroupsSequence[0]
        rwv = sh.RealWorldValueMappingSequence[0]
        rec["lut_label"] = str(rwv.LUTLabel)
        rec["units"] = code(rwv.MeasurementUnitsCodeSequence)
        rec["slope"] = float(rwv.RealWorldValueSlope)
        rec["intercept"] = float(rwv.RealWorldValueIntercept)
        rec["source"] = str(sh.DerivationImageSequence[0].SourceImageSequence[0]
                            .ReferencedSOPInstanceUID)
        arr = np.frombuffer(ds.FloatPixelData, dtype="<f4")
        np.asarray(arr, dtype="<f8").tofile(sys.argv[2])
        rec["values"] = int(arr.size)
    print(json.dumps(rec))


if __name__ == "__main__":
    main()
