// Test helper, a labelling process to be killed. Two modes:
//   annotation_journal_helper JOURNAL COUNT
//     one study, COUNT scripted edits journaled one by one ("edit N" after each returns);
//   annotation_journal_helper --studies DIR SEED COUNT
//     the randomized labeller of journal_script.h over three studies (edits, saves, study
//     switches), "ack N" after each step returns.
// Then it waits to be killed.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "core/annotation/study_annotations.h"
#include "tests/core/annotation/journal_script.h"

int main(int argc, char** argv) {
  if (argc == 5 && !std::strcmp(argv[1], "--studies")) {
    osteon::test::ScriptedLabeller labeller(argv[2], static_cast<unsigned>(std::atoi(argv[3])));
    const int count = std::atoi(argv[4]);
    for (int i = 0; i < count; ++i) {
      labeller.step();
      std::printf("ack %d\n", i + 1);
      std::fflush(stdout);
    }
  } else if (argc == 3) {
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
  } else {
    return 2;
  }
  std::printf("done\n");
  std::fflush(stdout);
  for (;;)
    std::this_thread::sleep_for(std::chrono::seconds(1));
}
