// Test helper: opens a study, journals edits one by one (printing "edit N" after each returns)
// and then waits to be killed. usage: annotation_journal_helper JOURNAL COUNT
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "core/annotation/study_annotations.h"
#include "tests/core/annotation/journal_script.h"

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  osteon::annotation::StudyAnnotations doc;
  doc.studyId = "4242";
  osteon::annotation::AnnotationSession s(doc);
  s.attachJournal(argv[1]);
  const int count = std::atoi(argv[2]);
  for (int i = 0; i < count; ++i) {
    osteon::test::scriptedEdit(s, i);
    std::printf("edit %d\n", i + 1);
    std::fflush(stdout);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::printf("done\n");
  std::fflush(stdout);
  for (;;)
    std::this_thread::sleep_for(std::chrono::seconds(1));
}
