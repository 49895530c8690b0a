#include "ui/annotate/labelling_panel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <atomic>
#include <cmath>
#include <fstream>

#include "core/annotation/rsna_export.h"
#include "core/annotation/rsna_layout.h"
#include "core/base/error.h"
#include "core/base/progress.h"
#include "core/io/deidentify.h"
#include "ui/common/background_job.h"

namespace osteon {
namespace ui {

namespace rsna = annotation::rsna;

namespace {
const char* kShort[5] = {"SCS", "LNFN", "RNFN", "LSS", "RSS"};
QColor conditionColor(int c) {
  static const QColor colors[5] = {QColor(255, 200, 0), QColor(80, 200, 255), QColor(255, 120, 200),
                                   QColor(120, 255, 120), QColor(255, 150, 60)};
  return colors[c];
}
}  // namespace

struct LabellingPanel::Export {
  QPointer<QProgressDialog> dialog;
  QString outDir;
  annotation::RsnaExportReport report;  // written by the worker, read when it is done
  BackgroundJob job;                    // last: destroyed (waited for) first
};

LabellingPanel::LabellingPanel(Host host, QWidget* parent)
    : QWidget(parent), host_(std::move(host)) {
  layer_ = std::make_shared<AnnotationLayer>(tr("Labels"));
  auto* layout = new QVBoxLayout(this);
  info_ =
      new QLabel(tr("Open an RSNA dataset folder (File > Open RSNA dataset) to label it."), this);
  info_->setWordWrap(true);
  layout->addWidget(info_);

  conditions_ = new QButtonGroup(this);
  for (int c = 0; c < 5; ++c) {
    auto* b = new QPushButton(QStringLiteral("F%1  %2").arg(c + 5).arg(QString::fromLatin1(
                                  rsna::kConditionNames[static_cast<std::size_t>(c)])),
                              this);
    b->setCheckable(true);
    conditions_->addButton(b, c);
    layout->addWidget(b);
  }
  conditions_->button(0)->setChecked(true);
  connect(conditions_, &QButtonGroup::idClicked, this, [this](int id) { setCondition(id); });

  checklist_ = new QTableWidget(5, 5, this);
  QStringList levels, conds;
  for (int l = 0; l < 5; ++l)
    levels << QString::fromLatin1(rsna::kLevelNames[static_cast<std::size_t>(l)]);
  for (int c = 0; c < 5; ++c)
    conds << QString::fromLatin1(kShort[c]);
  checklist_->setHorizontalHeaderLabels(levels);
  checklist_->setVerticalHeaderLabels(conds);
  checklist_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  checklist_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  checklist_->setSelectionMode(QAbstractItemView::SingleSelection);
  checklist_->setToolTip(tr("Points placed and grades given: a dot is a point, N/M/S the grade"));
  connect(checklist_, &QTableWidget::cellClicked, this, [this](int r, int c) {
    setCondition(r);
    setLevel(c);
  });
  layout->addWidget(checklist_);

  auto* grades = new QHBoxLayout;
  const char* keys[3] = {"G", "M", "X"};
  for (int g = 0; g < 3; ++g) {
    auto* b = new QPushButton(QStringLiteral("%1  %2").arg(keys[g]).arg(QString::fromLatin1(
                                  rsna::kSeverityNames[static_cast<std::size_t>(g)])),
                              this);
    connect(b, &QPushButton::clicked, this, [this, g] { grade(g); });
    grades->addWidget(b);
  }
  layout->addLayout(grades);
  notes_ = new QLineEdit(this);
  notes_->setPlaceholderText(tr("Notes for this study (Enter to keep)"));
  connect(notes_, &QLineEdit::editingFinished, this, [this] {
    if (session_ && notes_->text().toStdString() != session_->document().notes) {
      session_->setNotes(notes_->text().toStdString());
      refresh();
    }
  });
  layout->addWidget(notes_);
  layout->addStretch(1);
}

LabellingPanel::~LabellingPanel() {
  if (export_) {
    export_->job.cancel();
    export_->job.wait();
  }
  if (session_ && dataset_ && !discarded_) {
    try {
      session_->checkpoint(filesOf(currentStudy_));
    } catch (const Error&) {
      // The previous project and the journal still hold the work.
    }
  }
}

annotation::StudyFiles LabellingPanel::filesOf(const QString& study) const {
  return {projectPath(study).toStdString(), journalPath(study).toStdString()};
}

void LabellingPanel::showNotes(const std::vector<std::string>& notes) {
  if (notes.empty()) return;
  QStringList lines;
  for (const std::string& n : notes)
    lines << QString::fromStdString(n);
  host_.status(lines.join(QStringLiteral("; ")));
}

QString LabellingPanel::journalPath(const QString& study) const {
  return QDir(root_).filePath(".osteon/" + study + ".journal");
}
QString LabellingPanel::projectPath(const QString& study) const {
  return QDir(root_).filePath(".osteon/" + study + ".json");
}

bool LabellingPanel::openDataset(const QString& root) {
  try {
    dataset_ = annotation::RsnaDataset::load(root.toStdString());
  } catch (const Error& e) {
    host_.status(QString::fromStdString(e.what()));
    return false;
  }
  root_ = root;
  const annotation::RsnaLayout layout{root.toStdString(), "train"};
  QDir images(QString::fromStdString(layout.images().string()));
  studies_ = images.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
  if (studies_.isEmpty()) {
    host_.status(
        tr("%1 has no %2/<study> folders").arg(root, QString::fromStdString(layout.imagesName())));
    dataset_.reset();
    return false;
  }
  QDir().mkpath(QDir(root).filePath(".osteon"));
  // Studies edited in an earlier session and never written to the CSVs: their project files
  // differ from the CSV rows. Ctrl+S writes them too.
  unsaved_.clear();
  for (const QString& study : studies_) {
    const QString project = projectPath(study);
    if (!QFileInfo::exists(project)) continue;
    try {
      annotation::StudyAnnotations doc = annotation::loadProject(project.toStdString());
      doc.studyId = study.toStdString();
      if (!annotation::matchesDataset(doc, *dataset_)) unsaved_.insert(study);
    } catch (const Error&) {
      // Reported (and kept aside) when the study is opened.
    }
  }
  discarded_ = false;
  openStudyAt(0);
  return true;
}

void LabellingPanel::openStudyAt(int index) {
  if (!dataset_ || index < 0 || index >= studies_.size()) return;
  if (session_) {
    keepCurrentStudy();
    session_.reset();
  }
  studyIndex_ = index;
  currentStudy_ = studies_[index];
  refresh();
  host_.openStudy(currentStudy_);
}

void LabellingPanel::keepCurrentStudy() {
  if (!session_ || !dataset_) return;
  try {
    // A new project revision and an empty journal that continues it: coming back later offers
    // nothing to restore, and nothing is replayed twice.
    session_->checkpoint(filesOf(currentStudy_));
  } catch (const Error& e) {
    host_.status(
        tr("The study's work stays in its journal: %1").arg(QString::fromStdString(e.what())));
  }
  if (!annotation::matchesDataset(session_->document(), *dataset_)) unsaved_.insert(currentStudy_);
}

void LabellingPanel::studyLoaded() {
  if (!dataset_ || currentStudy_.isEmpty()) return;
  const std::string study = currentStudy_.toStdString();
  annotation::InstanceSize sizes = [this](const std::string& series, int, int& w, int& h) {
    const LoadedSeries* s = seriesById(series);
    if (!s || !s->volume) return false;
    w = s->volume->width();
    h = s->volume->height();
    return true;
  };
  // The project file (else the CSV rows) plus the journal's unsaved work, if the annotator wants
  // it back; nothing that is not restored is thrown away (core/annotation keeps copies).
  annotation::OpenedStudy opened;
  const QString current = currentStudy_;
  try {
    opened = annotation::openStudy(
        filesOf(currentStudy_), annotation::fromDataset(*dataset_, study),
        [this, current](int) { return !host_.askRestore || host_.askRestore(current); });
  } catch (const Error& e) {
    // The study's files could not be read or kept aside: no editing rather than a risk of
    // writing over them.
    host_.status(
        tr("Study %1 cannot be labelled: %2").arg(currentStudy_, QString::fromStdString(e.what())));
    session_.reset();
    refresh();
    return;
  }
  opened.document.studyId = study;
  if (opened.restored > 0)
    host_.status(
        tr("Restored %n unsaved edit(s) of study %1", nullptr, opened.restored).arg(currentStudy_));
  showNotes(opened.notes);
  session_ = std::make_unique<annotation::AnnotationSession>(opened.document, sizes);
  try {
    session_->checkpoint(filesOf(currentStudy_));
  } catch (const Error& e) {
    host_.status(QString::fromStdString(e.what()));
  }
  selected_ = -1;
  refresh();
}

const LoadedSeries* LabellingPanel::seriesOf(const ImageView* view) const {
  const auto* all = host_.series();
  if (!all || !view) return nullptr;
  for (const LoadedSeries& s : *all)
    if (s.volume == view->volume()) return &s;
  return nullptr;
}

const LoadedSeries* LabellingPanel::seriesById(const std::string& id) const {
  const auto* all = host_.series();
  if (!all) return nullptr;
  for (const LoadedSeries& s : *all)
    if (s.seriesId.toStdString() == id && s.stackIndex == 0) return &s;
  return nullptr;
}

bool LabellingPanel::toPixel(const ImageView* view, const image::Vec3& patient, int& instance,
                             double& x, double& y) const {
  const LoadedSeries* s = seriesOf(view);
  if (!s || !s->volume) return false;
  const image::Vec3 idx = s->volume->geometry.patientToIndex(patient);
  const int k = std::clamp(static_cast<int>(std::lround(idx[2])), 0, s->volume->depth() - 1);
  instance = k < static_cast<int>(s->instanceNumbers.size())
                 ? s->instanceNumbers[static_cast<std::size_t>(k)]
                 : k + 1;
  x = std::round(idx[0] * 100) / 100;
  y = std::round(idx[1] * 100) / 100;
  return true;
}

void LabellingPanel::setCondition(int c) {
  condition_ = std::clamp(c, 0, 4);
  if (auto* b = conditions_->button(condition_)) b->setChecked(true);
  refresh();
}

void LabellingPanel::setLevel(int l) {
  level_ = std::clamp(l, 0, 4);
  refresh();
}

void LabellingPanel::grade(int severity) {
  if (!session_) return;
  try {
    session_->setGrade(condition_, level_, severity);
  } catch (const Error& e) {
    host_.status(QString::fromStdString(e.what()));
  }
  refresh();
}

void LabellingPanel::nextMissing() {
  if (!session_) return;
  const auto& d = session_->document();
  for (int step = 1; step <= 25; ++step) {
    const int idx = (condition_ * 5 + level_ + step) % 25;
    const int c = idx / 5, l = idx % 5;
    bool placed = false;
    for (const auto& lm : d.landmarks)
      placed = placed || (lm.condition == c && lm.level == l);
    if (!placed || d.grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)] < 0) {
      setCondition(c);
      setLevel(l);
      host_.status(
          tr("Next missing: %1 %2")
              .arg(QString::fromLatin1(rsna::kLevelNames[static_cast<std::size_t>(l)]),
                   QString::fromLatin1(rsna::kConditionNames[static_cast<std::size_t>(c)])));
      return;
    }
  }
  host_.status(tr("Every point is placed and every level graded in this study."));
}

int LabellingPanel::addPlacedPoints(const std::vector<annotation::RsnaCoordinate>& coords,
                                    QString* message, const QString& author) {
  const auto fail = [&](const QString& why) {
    if (message) *message = why;
    host_.status(why);
    return -1;
  };
  if (!session_)
    return fail(
        tr("No study is open for labelling: open the RSNA dataset for labelling "
           "(File > Open RSNA dataset) to keep the placed points."));
  const std::string study = currentStudy_.toStdString();
  const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
  std::vector<annotation::Landmark> add;
  int skipped = 0;
  for (const annotation::RsnaCoordinate& c : coords) {
    if (!c.study.empty() && c.study != study) continue;
    bool placed = false;
    for (const auto& lm : session_->document().landmarks)
      placed = placed || (lm.condition == c.condition && lm.level == c.level);
    for (const auto& lm : add)
      placed = placed || (lm.condition == c.condition && lm.level == c.level);
    if (placed) {
      ++skipped;
      continue;
    }
    annotation::Landmark l;
    l.series = c.series;
    l.instance = c.instance;
    l.x = c.x;
    l.y = c.y;
    l.condition = c.condition;
    l.level = c.level;
    l.author = author.isEmpty() ? std::string("AI level localiser") : author.toStdString();
    l.time = when.toStdString();
    add.push_back(std::move(l));
  }
  if (add.empty()) {
    const QString m =
        tr("Every placed point's level already has a point in study %1: nothing added.")
            .arg(currentStudy_);
    if (message) *message = m;
    host_.status(m);
    return 0;
  }
  try {
    session_->addLandmarks(add, author.isEmpty()
                                    ? "add " + std::to_string(add.size()) + " AI-placed points"
                                    : "import " + std::to_string(add.size()) + " points (" +
                                          author.toStdString() + ")");
  } catch (const Error& e) {
    return fail(tr("The placed points were not added: %1").arg(QString::fromStdString(e.what())));
  }
  selected_ = -1;
  const QString m =
      (author.isEmpty()
           ? tr("Added %n AI-placed point(s) to the labels of study %1 (Ctrl+Z removes them)",
                nullptr, static_cast<int>(add.size()))
                 .arg(currentStudy_)
           : tr("Added %n point(s) from %2 to the labels of study %1 (Ctrl+Z removes them)",
                nullptr, static_cast<int>(add.size()))
                 .arg(currentStudy_, author)) +
      (skipped > 0
           ? QStringLiteral("; ") + tr("%n level(s) kept the annotator's point", nullptr, skipped)
           : QString());
  if (message) *message = m;
  host_.status(m);
  refresh();
  return static_cast<int>(add.size());
}

int LabellingPanel::importLevels(const std::vector<annotation::Landmark>& points,
                                 const std::vector<annotation::SrImport::Grade>& grades,
                                 QString* message) {
  if (!session_) {
    const QString why =
        tr("%n level point(s) and %1 grade(s) of the report were not imported: open the RSNA "
           "dataset for labelling (File > Open RSNA dataset) first.",
           nullptr, static_cast<int>(points.size()))
            .arg(grades.size());
    if (message) *message = why;
    host_.status(why);
    return -1;
  }
  int added = 0;
  if (!points.empty()) {
    std::vector<annotation::RsnaCoordinate> coords;
    for (const annotation::Landmark& l : points) {
      annotation::RsnaCoordinate c;
      c.series = l.series;
      c.instance = l.instance;
      c.x = l.x;
      c.y = l.y;
      c.condition = l.condition;
      c.level = l.level;
      coords.push_back(c);
    }
    added = std::max(0, addPlacedPoints(coords, message, QStringLiteral("DICOM SR")));
  }
  int graded = 0;
  for (const auto& g : grades) {
    if (g.condition < 0 || g.condition >= rsna::kConditions || g.level < 0 ||
        g.level >= rsna::kLevels)
      continue;
    if (session_->document()
            .grades[static_cast<std::size_t>(g.condition)][static_cast<std::size_t>(g.level)] >= 0)
      continue;  // the annotator's grade wins
    try {
      session_->setGrade(g.condition, g.level, g.severity);
      ++graded;
    } catch (const Error& e) {
      host_.status(QString::fromStdString(e.what()));
    }
  }
  const QString m = tr("Imported %n level point(s) and %1 grade(s) into study %2", nullptr, added)
                        .arg(graded)
                        .arg(currentStudy_);
  if (message) *message = m;
  host_.status(m);
  refresh();
  return added + graded;
}

void LabellingPanel::deleteSelected() {
  if (!session_ || selected_ < 0 ||
      selected_ >= static_cast<int>(session_->document().landmarks.size()))
    return;
  try {
    session_->removeLandmark(static_cast<std::size_t>(selected_));
  } catch (const Error& e) {
    host_.status(QString::fromStdString(e.what()));
  }
  selected_ = -1;
  refresh();
}

void LabellingPanel::undo() {
  if (session_ && session_->canUndo()) {
    host_.status(tr("Undo: %1").arg(QString::fromStdString(session_->undoText())));
    try {
      session_->undo();
    } catch (const Error& e) {
      host_.status(QString::fromStdString(e.what()));
    }
    selected_ = -1;
    refresh();
  }
}

void LabellingPanel::redo() {
  if (session_ && session_->canRedo()) {
    host_.status(tr("Redo: %1").arg(QString::fromStdString(session_->redoText())));
    try {
      session_->redo();
    } catch (const Error& e) {
      host_.status(QString::fromStdString(e.what()));
    }
    refresh();
  }
}

bool LabellingPanel::save() {
  if (!session_ || !dataset_) return false;
  try {
    // Every study with work not in the CSVs: those visited before (their project files hold
    // it) and the current one.
    for (const QString& study : unsaved_) {
      if (study == currentStudy_) continue;
      annotation::StudyAnnotations doc = annotation::loadProject(projectPath(study).toStdString());
      doc.studyId = study.toStdString();
      annotation::toDataset(doc, *dataset_);
    }
    annotation::toDataset(session_->document(), *dataset_);
    dataset_->save(root_.toStdString());
    const int studies = static_cast<int>((unsaved_ - QSet<QString>{currentStudy_}).size()) + 1;
    unsaved_.clear();
    session_->checkpoint(filesOf(currentStudy_));
    host_.status(tr("Saved %n study(ies) in train.csv and train_label_coordinates.csv in %1",
                    nullptr, studies)
                     .arg(root_));
  } catch (const Error& e) {
    host_.status(tr("Not saved: %1").arg(QString::fromStdString(e.what())));
    refresh();
    return false;
  }
  refresh();
  return true;
}

QStringList LabellingPanel::unsavedStudies() const {
  QSet<QString> all = unsaved_;
  if (session_ && dataset_ && !annotation::matchesDataset(session_->document(), *dataset_))
    all.insert(currentStudy_);
  QStringList out = all.values();
  out.sort();
  return out;
}

bool LabellingPanel::confirmClose() {
  const QStringList studies = unsavedStudies();
  if (studies.isEmpty() || !host_.askSave) return true;
  switch (host_.askSave(studies)) {
    case SaveChoice::Cancel:
      return false;
    case SaveChoice::Save:
      return save();
    case SaveChoice::Discard:
      break;
  }
  // Discard: the studies' drafts leave the dataset's working folder, but stay on disk.
  const QString bin = QDir(root_).filePath(
      ".osteon/discarded-" + QDateTime::currentDateTimeUtc().toString("yyyyMMddTHHmmssZ"));
  QDir().mkpath(bin);
  for (const QString& study : studies)
    for (const QString& f : {projectPath(study), journalPath(study)})
      if (QFileInfo::exists(f)) QFile::rename(f, QDir(bin).filePath(QFileInfo(f).fileName()));
  discarded_ = true;
  session_.reset();
  unsaved_.clear();
  host_.status(tr("Discarded the unsaved work of %n study(ies); kept in %1", nullptr,
                  static_cast<int>(studies.size()))
                   .arg(bin));
  return true;
}

bool LabellingPanel::exporting() const {
  return export_ && export_->job.running();
}

void LabellingPanel::cancelExport() {
  if (export_) export_->job.cancel();
}

bool LabellingPanel::exportDeidentified(const QString& outDir,
                                        const io::DeidentifyOptions& options) {
  if (!dataset_ || exporting()) return false;
  if (!save()) return false;
  export_ = std::make_unique<Export>();
  export_->outDir = outDir;
  auto* dialog =
      new QProgressDialog(tr("De-identifying the dataset..."), tr("Cancel"), 0, 1000, this);
  dialog->setWindowTitle(tr("Export de-identified dataset"));
  dialog->setWindowModality(Qt::WindowModal);
  dialog->setMinimumDuration(300);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  export_->dialog = dialog;
  Export* job = export_.get();
  connect(dialog, &QProgressDialog::canceled, this, [job] { job->job.cancel(); });
  const std::string root = root_.toStdString(), out = outDir.toStdString();
  QPointer<QProgressDialog> guard = dialog;
  job->job.start(
      [root, out, options, job](const Progress& progress) {
        job->report = annotation::exportDeidentifiedRsna(root, out, options, progress);
      },
      [this, job](const BackgroundJob::Outcome& outcome) {
        if (job->dialog) job->dialog->close();
        QString message;
        int written = -1;
        if (outcome.cancelled()) {
          message = tr("Export cancelled; the files written so far are in %1").arg(job->outDir);
        } else if (!outcome.ok()) {
          message = tr("Export failed: %1").arg(outcome.error);
        } else {
          const annotation::RsnaExportReport& r = job->report;
          written = static_cast<int>(r.dicom.written);
          message = tr("Exported %1 de-identified DICOM file(s) and %2 CSV file(s) to %3; "
                       "%4 refused for review (burned-in text), %5 error(s)")
                        .arg(written)
                        .arg(r.csvFiles)
                        .arg(job->outDir)
                        .arg(r.dicom.review.size())
                        .arg(r.dicom.errors.size());
          QStringList details;
          for (const std::string& x : r.dicom.review)
            details << tr("refused for review: %1").arg(QString::fromStdString(x));
          for (const std::string& x : r.dicom.errors)
            details << QString::fromStdString(x);
          if (!details.isEmpty()) message += "\n" + details.join("\n");
        }
        host_.status(message.section('\n', 0, 0));
        emit exportFinished(written, message);
      },
      [guard](double f, const QString&) {
        if (guard) guard->setValue(static_cast<int>(f * 1000));
      });
  return true;
}

void LabellingPanel::exportDeidentifiedDialog() {
  if (!dataset_) return;
  QDialog d(this);
  d.setWindowTitle(tr("Export de-identified dataset"));
  auto* form = new QVBoxLayout(&d);
  form->addWidget(new QLabel(
      tr("A copy of the dataset with the DICOM PS3.15 Basic Application Level Confidentiality "
         "Profile (every attribute of Table E.1-1). Study and series folders and the CSV ids "
         "become pseudonyms. Files that may show burned-in text are refused and listed."),
      &d));
  qobject_cast<QLabel*>(form->itemAt(0)->widget())->setWordWrap(true);
  auto* folderRow = new QHBoxLayout;
  auto* folder = new QLineEdit(&d);
  auto* browse = new QPushButton(tr("Browse..."), &d);
  connect(browse, &QPushButton::clicked, &d, [&] {
    const QString dir = QFileDialog::getExistingDirectory(&d, tr("Export to"));
    if (!dir.isEmpty()) folder->setText(dir);
  });
  folderRow->addWidget(folder, 1);
  folderRow->addWidget(browse);
  form->addLayout(folderRow);
  std::vector<std::pair<io::DeidOption, QCheckBox*>> boxes;
  for (io::DeidOption o : io::allDeidOptions()) {
    auto* b = new QCheckBox(QString::fromLatin1(io::deidOptionTitle(o)), &d);
    b->setObjectName(QString::fromLatin1(io::deidOptionName(o)));
    boxes.emplace_back(o, b);
    form->addWidget(b);
  }
  auto* burned = new QCheckBox(tr("Also export files that may show burned-in text (listed)"), &d);
  form->addWidget(burned);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
  connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
  form->addWidget(buttons);
  if (d.exec() != QDialog::Accepted || folder->text().isEmpty()) return;
  io::DeidentifyOptions o;
  for (const auto& [option, box] : boxes)
    if (box->isChecked()) o.options.insert(option);
  if (o.options.count(io::DeidOption::RetainLongitudinalFullDates) &&
      o.options.count(io::DeidOption::RetainLongitudinalModifiedDates)) {
    host_.status(tr("Choose full dates or modified dates, not both."));
    return;
  }
  o.acceptBurnedIn = burned->isChecked();
  exportDeidentified(folder->text(), o);
}

QString LabellingPanel::progressText() const {
  if (!dataset_) return tr("No dataset open.");
  int points = 0, grades = 0;
  if (session_) {
    points = static_cast<int>(session_->document().landmarks.size());
    for (const auto& row : session_->document().grades)
      for (int g : row)
        grades += g >= 0 ? 1 : 0;
  }
  int complete = 0;
  for (const QString& s : studies_) {
    int g = 0;
    if (s == currentStudy_ && session_) {
      g = grades;
    } else {
      for (int c = 0; c < 5; ++c)
        for (int l = 0; l < 5; ++l)
          g += dataset_->grade(s.toStdString(), c, l) >= 0 ? 1 : 0;
    }
    complete += g == 25 ? 1 : 0;
  }
  return tr("Study %1 of %2 (%3): %4/25 points, %5/25 grades. %6 of %2 studies fully graded. Now: "
            "%7 %8")
      .arg(studyIndex_ + 1)
      .arg(studies_.size())
      .arg(currentStudy_)
      .arg(points)
      .arg(grades)
      .arg(complete)
      .arg(QString::fromLatin1(rsna::kLevelNames[static_cast<std::size_t>(level_)]),
           QString::fromLatin1(rsna::kConditionNames[static_cast<std::size_t>(condition_)]));
}

bool LabellingPanel::press(ImageView* view, const QPointF& widget, const image::Vec3& patient) {
  if (!session_) return false;
  const LoadedSeries* s = seriesOf(view);
  if (!s) return false;
  if (view->plane() != image::acquisitionPlane(s->volume->geometry)) {
    host_.status(
        tr("Place points on the acquired slices: switch this view to its acquisition plane."));
    return true;
  }
  // Grab an existing point of this slice within 10 pixels.
  const auto& lms = session_->document().landmarks;
  const image::Image* slice = view->currentSlice();
  for (std::size_t i = 0; i < lms.size() && slice; ++i) {
    const LoadedSeries* ls = seriesById(lms[i].series);
    if (ls != s) continue;
    const auto it =
        std::find(s->instanceNumbers.begin(), s->instanceNumbers.end(), lms[i].instance);
    if (it == s->instanceNumbers.end() ||
        static_cast<int>(it - s->instanceNumbers.begin()) != view->sliceIndex())
      continue;
    const image::Vec3 p =
        s->volume->geometry.indexToPatient({lms[i].x, lms[i].y, double(view->sliceIndex())});
    const image::Vec3 si = slice->geometry.patientToIndex(p);
    const QPointF w = view->currentTransform().sliceToWidget({si[0], si[1]});
    if (std::hypot(w.x() - widget.x(), w.y() - widget.y()) <= 10) {
      dragging_ = selected_ = static_cast<int>(i);
      dragX_ = lms[i].x;
      dragY_ = lms[i].y;
      refresh();
      return true;
    }
  }
  annotation::Landmark l;
  if (!toPixel(view, patient, l.instance, l.x, l.y)) return true;
  l.series = s->seriesId.toStdString();
  l.condition = condition_;
  l.level = level_;
  l.author = qEnvironmentVariable("USER").toStdString();
  l.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
  try {
    session_->addLandmark(l);
    selected_ = static_cast<int>(session_->document().landmarks.size()) - 1;
    // Annotators go level by level: move on to this condition's next level without a point.
    for (int step = 1; step < 5; ++step) {
      const int next = (level_ + step) % 5;
      bool placed = false;
      for (const auto& lm : session_->document().landmarks)
        placed = placed || (lm.condition == condition_ && lm.level == next);
      if (!placed) {
        level_ = next;
        break;
      }
    }
  } catch (const Error& e) {
    host_.status(QString::fromStdString(e.what()));
  }
  refresh();
  return true;
}

void LabellingPanel::drag(ImageView* view, const QPointF&, const image::Vec3& patient) {
  if (dragging_ < 0) return;
  int instance = 0;
  if (!toPixel(view, patient, instance, dragX_, dragY_)) return;
  refresh();
}

void LabellingPanel::release(ImageView* view, const QPointF&, const image::Vec3& patient) {
  if (dragging_ < 0) return;
  const int index = dragging_;
  dragging_ = -1;
  int instance = 0;
  double x = 0, y = 0;
  if (toPixel(view, patient, instance, x, y)) {
    const auto& lm = session_->document().landmarks[static_cast<std::size_t>(index)];
    if (std::hypot(x - lm.x, y - lm.y) >= 0.5) {
      try {
        session_->moveLandmark(static_cast<std::size_t>(index), x, y);
      } catch (const Error& e) {
        host_.status(QString::fromStdString(e.what()));
      }
    }
  }
  refresh();
}

void LabellingPanel::refresh() {
  // Labels on every view, in patient space: a point placed on sagittal shows on axial.
  std::vector<AnnotationLayer::Item> items;
  if (session_) {
    const auto& lms = session_->document().landmarks;
    for (std::size_t i = 0; i < lms.size(); ++i) {
      const LoadedSeries* s = seriesById(lms[i].series);
      if (!s || !s->volume) continue;
      const auto it =
          std::find(s->instanceNumbers.begin(), s->instanceNumbers.end(), lms[i].instance);
      const double k = it == s->instanceNumbers.end()
                           ? lms[i].instance - 1.0
                           : static_cast<double>(it - s->instanceNumbers.begin());
      const bool moving = static_cast<int>(i) == dragging_;
      const image::Vec3 p = s->volume->geometry.indexToPatient(
          {moving ? dragX_ : lms[i].x, moving ? dragY_ : lms[i].y, k});
      AnnotationLayer::Item item;
      item.kind = AnnotationLayer::Kind::Point;
      item.points = {p};
      item.label = QStringLiteral("%1 %2").arg(
          QString::fromLatin1(rsna::kLevelNames[static_cast<std::size_t>(lms[i].level)]),
          QString::fromLatin1(kShort[lms[i].condition]));
      item.color =
          static_cast<int>(i) == selected_ ? QColor(0, 255, 255) : conditionColor(lms[i].condition);
      items.push_back(item);
    }
  }
  layer_->setItems(std::move(items));
  if (host_.views && session_)
    for (ImageView* v : host_.views()) {
      if (std::find(v->overlays().begin(), v->overlays().end(), layer_) == v->overlays().end())
        v->addOverlay(layer_);
      v->update();
    }
  // Checklist.
  for (int c = 0; c < 5; ++c)
    for (int l = 0; l < 5; ++l) {
      QString text;
      if (session_) {
        const auto& d = session_->document();
        for (const auto& lm : d.landmarks)
          if (lm.condition == c && lm.level == l) text = QStringLiteral("\u25CF");
        const int g = d.grades[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)];
        if (g >= 0) text += QStringLiteral(" ") + QString("NMS")[g];
      }
      auto* item = new QTableWidgetItem(text);
      item->setTextAlignment(Qt::AlignCenter);
      if (c == condition_ && l == level_) item->setBackground(QColor(52, 110, 200));
      checklist_->setItem(c, l, item);
    }
  info_->setText(progressText());
  if (session_ && !notes_->hasFocus())
    notes_->setText(QString::fromStdString(session_->document().notes));
  emit changed();
}

}  // namespace ui
}  // namespace osteon
