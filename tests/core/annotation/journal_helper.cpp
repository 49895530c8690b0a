// Test helper: opens a study, journals edits one by one (printing "edit N" after each returns)
// and then waits to be killed. usage: annotation_journal_helper JOURNAL COUNT
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "core/annotation/study_annotations.h"

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  osteon::annotation::StudyAnnotations doc;
  doc.studyId = "4242";
  osteon::annotation::AnnotationSession s(doc);
  s.attachJournal(argv[1]);
  const int count = std::atoi(argv[2]);
  for (int i = 0; i < count; ++i) {
    if (i % 3 == 2) {
      s.setGrade(i % 5, (i / 5) % 5, i % 3);
    } else {
      osteon::annotation::Landmark l;
      l.series = "1001";
      l.instance = 1 + i;
      l.x = 10.5 + i;
      l.y = 20.25 + i;
      l.condition = i % 5;
      l.level = (i / 5) % 5;
      try {
        s.addLandmark(l);
      } catch (...) {
        s.setNotes("note " + std::to_string(i));
      }
    }
    std::printf("edit %d\n", i + 1);
    std::fflush(stdout);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::printf("done\n");
  std::fflush(stdout);
  for (;;)
    std::this_thread::sleep_for(std::chrono::seconds(1));
}
