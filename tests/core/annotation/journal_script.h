#pragma once
// The scripted edits of the kill -9 test: the helper process performs them and the test replays
// the same ones in process to know what must have been recovered.
#include <string>

#include "core/annotation/study_annotations.h"

namespace osteon::test {

inline void scriptedEdit(annotation::AnnotationSession& s, int i) {
  if (i % 3 == 2) {
    s.setGrade(i % 5, (i / 5) % 5, i % 3);
    return;
  }
  annotation::Landmark l;
  l.series = "1001";
  l.instance = 1 + i;
  l.x = 10.5 + i;
  l.y = 20.25 + i;
  l.condition = i % 5;
  l.level = (i / 5) % 5;
  try {
    s.addLandmark(l);
  } catch (...) {
    s.setNotes("note " + std::to_string(i));  // a level placed twice is refused: note it instead
  }
}

}  // namespace osteon::test
