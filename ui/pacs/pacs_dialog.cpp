#include "ui/pacs/pacs_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <filesystem>

namespace osteon::ui {

namespace {

QString q(const std::string& s) {
  return QString::fromStdString(s);
}
std::string s(const QString& q) {
  return q.trimmed().toStdString();
}

QString prettyDate(const std::string& d) {
  return d.size() == 8 ? q(d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2)) : q(d);
}

// The node editor: every field of net::Node, checked with net::validate before it is kept.
bool editNodeDialog(QWidget* parent, net::Node& node) {
  QDialog d(parent);
  d.setWindowTitle(PacsDialog::tr("PACS node"));
  auto* form = new QFormLayout(&d);
  auto* name = new QLineEdit(q(node.name));
  auto* aet = new QLineEdit(q(node.calledAeTitle));
  auto* host = new QLineEdit(q(node.host));
  auto* port = new QSpinBox;
  port->setRange(1, 65535);
  port->setValue(node.port);
  auto* ours = new QLineEdit(q(node.callingAeTitle));
  auto* movePort = new QSpinBox;
  movePort->setRange(0, 65535);
  movePort->setSpecialValueText(PacsDialog::tr("none (C-GET only)"));
  movePort->setValue(node.moveStoragePort);
  auto* connectTimeout = new QSpinBox;
  connectTimeout->setRange(1, 3600);
  connectTimeout->setSuffix(" s");
  connectTimeout->setValue(node.connectTimeoutS);
  auto* dimseTimeout = new QSpinBox;
  dimseTimeout->setRange(1, 3600);
  dimseTimeout->setSuffix(" s");
  dimseTimeout->setValue(node.dimseTimeoutS);
  for (QLineEdit* e : {aet, ours})
    e->setMaxLength(16);
  form->addRow(PacsDialog::tr("Name"), name);
  form->addRow(PacsDialog::tr("AE title"), aet);
  form->addRow(PacsDialog::tr("Host"), host);
  form->addRow(PacsDialog::tr("Port"), port);
  form->addRow(PacsDialog::tr("Osteon's AE title"), ours);
  form->addRow(PacsDialog::tr("C-MOVE port (local)"), movePort);
  form->addRow(PacsDialog::tr("Connection timeout"), connectTimeout);
  form->addRow(PacsDialog::tr("Message timeout"), dimseTimeout);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  form->addRow(buttons);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
  net::Node edited;
  QObject::connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
    edited.name = s(name->text());
    edited.calledAeTitle = s(aet->text());
    edited.host = s(host->text());
    edited.port = port->value();
    edited.callingAeTitle = s(ours->text());
    edited.moveStoragePort = movePort->value();
    edited.connectTimeoutS = connectTimeout->value();
    edited.acseTimeoutS = connectTimeout->value();
    edited.dimseTimeoutS = dimseTimeout->value();
    if (edited.name.empty()) edited.name = edited.calledAeTitle;
    try {
      net::validate(edited);
    } catch (const std::exception& e) {
      QMessageBox::warning(&d, PacsDialog::tr("PACS node"), QString::fromUtf8(e.what()));
      return;
    }
    d.accept();
  });
  if (d.exec() != QDialog::Accepted) return false;
  node = edited;
  return true;
}

}  // namespace

PacsDialog::PacsDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Query PACS"));
  setObjectName("pacsDialog");
  auto* layout = new QVBoxLayout(this);

  auto* nodeBox = new QGroupBox(tr("Node"));
  auto* nodeRow = new QHBoxLayout(nodeBox);
  nodeCombo_ = new QComboBox;
  nodeCombo_->setMinimumWidth(320);
  add_ = new QPushButton(tr("Add..."));
  edit_ = new QPushButton(tr("Edit..."));
  remove_ = new QPushButton(tr("Remove"));
  echo_ = new QPushButton(tr("Echo"));
  echo_->setToolTip(tr("C-ECHO: checks that the node answers and accepts Osteon's AE title"));
  nodeRow->addWidget(nodeCombo_, 1);
  for (QPushButton* b : {add_, edit_, remove_, echo_})
    nodeRow->addWidget(b);
  layout->addWidget(nodeBox);

  auto* searchBox = new QGroupBox(tr("Search studies"));
  auto* grid = new QGridLayout(searchBox);
  name_ = new QLineEdit;
  name_->setPlaceholderText(tr("e.g. SMITH* (wildcards * and ?)"));
  id_ = new QLineEdit;
  from_ = new QLineEdit;
  to_ = new QLineEdit;
  const QRegularExpression date("\\d{0,8}");
  for (QLineEdit* e : {from_, to_}) {
    e->setPlaceholderText(tr("YYYYMMDD"));
    e->setValidator(new QRegularExpressionValidator(date, e));
    e->setMaximumWidth(110);
  }
  modality_ = new QComboBox;
  modality_->setEditable(true);
  modality_->addItems({"", "MR", "CT", "CR", "DX", "MG", "US", "PX", "IO", "XA", "NM", "PT", "SR"});
  search_ = new QPushButton(tr("Search"));
  search_->setDefault(true);
  grid->addWidget(new QLabel(tr("Patient name")), 0, 0);
  grid->addWidget(name_, 0, 1);
  grid->addWidget(new QLabel(tr("Patient ID")), 0, 2);
  grid->addWidget(id_, 0, 3);
  grid->addWidget(new QLabel(tr("Study date from")), 1, 0);
  auto* dates = new QHBoxLayout;
  dates->addWidget(from_);
  dates->addWidget(new QLabel(tr("to")));
  dates->addWidget(to_);
  dates->addStretch();
  grid->addLayout(dates, 1, 1);
  grid->addWidget(new QLabel(tr("Modality")), 1, 2);
  grid->addWidget(modality_, 1, 3);
  grid->addWidget(search_, 0, 4, 2, 1);
  layout->addWidget(searchBox);

  table_ = new QTableWidget(0, 7);
  table_->setHorizontalHeaderLabels({tr("Patient name"), tr("Patient ID"), tr("Study date"),
                                     tr("Modalities"), tr("Description"), tr("Series"),
                                     tr("Images")});
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
  table_->verticalHeader()->hide();
  layout->addWidget(table_, 1);

  auto* retrieveRow = new QHBoxLayout;
  method_ = new QComboBox;
  method_->addItem(tr("C-GET (no incoming port)"));
  method_->addItem(tr("C-MOVE (to the node's move port)"));
  folderLabel_ = new QLabel;
  folderLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  folder_ = new QPushButton(tr("Folder..."));
  retrieve_ = new QPushButton(tr("Retrieve"));
  retrieveRow->addWidget(new QLabel(tr("Retrieve with")));
  retrieveRow->addWidget(method_);
  retrieveRow->addWidget(new QLabel(tr("into")));
  retrieveRow->addWidget(folderLabel_, 1);
  retrieveRow->addWidget(folder_);
  retrieveRow->addWidget(retrieve_);
  layout->addLayout(retrieveRow);

  status_ = new QLabel;
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(status_);
  resize(900, 560);

  QSettings settings;
  setRetrieveFolder(settings
                        .value("pacs/retrieveDir", QDir(QStandardPaths::writableLocation(
                                                            QStandardPaths::AppDataLocation))
                                                       .filePath("pacs"))
                        .toString());
  nodes_ = loadNodes();
  rebuildNodeCombo(settings.value("pacs/currentNode", 0).toInt());

  connect(add_, &QPushButton::clicked, this, [this] { editNode(-1); });
  connect(edit_, &QPushButton::clicked, this, [this] { editNode(currentNode()); });
  connect(remove_, &QPushButton::clicked, this, &PacsDialog::removeNode);
  connect(echo_, &QPushButton::clicked, this, &PacsDialog::echo);
  connect(search_, &QPushButton::clicked, this, &PacsDialog::search);
  connect(retrieve_, &QPushButton::clicked, this, &PacsDialog::retrieve);
  connect(table_, &QTableWidget::cellDoubleClicked, this, [this] { retrieve(); });
  connect(folder_, &QPushButton::clicked, this, [this] {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Folder for retrieved studies"), retrieveDir_);
    if (!dir.isEmpty()) setRetrieveFolder(dir);
  });
  connect(nodeCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int i) {
    QSettings().setValue("pacs/currentNode", i);
    clearResults();  // results belong to the node that was searched
  });
  setBusy(false);
  if (nodes_.empty())
    setStatus(tr("No PACS node yet: add one (AE title, host, port) with Add..."), false);
}

PacsDialog::~PacsDialog() {
  // Network waits are bounded by the node's timeouts; a retrieve stops at the next image.
  job_.cancel();
  job_.wait();
}

std::vector<net::Node> PacsDialog::loadNodes() {
  QSettings settings;
  std::vector<net::Node> out;
  const int n = settings.beginReadArray("pacs/nodes");
  for (int i = 0; i < n; ++i) {
    settings.setArrayIndex(i);
    net::Node node;
    node.name = s(settings.value("name").toString());
    node.calledAeTitle = s(settings.value("aet", q(node.calledAeTitle)).toString());
    node.host = s(settings.value("host", q(node.host)).toString());
    node.port = settings.value("port", node.port).toInt();
    node.callingAeTitle = s(settings.value("ourAet", q(node.callingAeTitle)).toString());
    node.moveStoragePort = settings.value("movePort", 0).toInt();
    node.connectTimeoutS = settings.value("connectTimeout", node.connectTimeoutS).toInt();
    node.acseTimeoutS = node.connectTimeoutS;
    node.dimseTimeoutS = settings.value("dimseTimeout", node.dimseTimeoutS).toInt();
    try {
      net::validate(node);
      out.push_back(node);
    } catch (const std::exception&) {
      // A damaged entry is dropped, not fatal.
    }
  }
  settings.endArray();
  return out;
}

void PacsDialog::saveNodes(const std::vector<net::Node>& nodes) {
  QSettings settings;
  settings.remove("pacs/nodes");
  settings.beginWriteArray("pacs/nodes", static_cast<int>(nodes.size()));
  for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
    const net::Node& n = nodes[i];
    settings.setArrayIndex(i);
    settings.setValue("name", q(n.name));
    settings.setValue("aet", q(n.calledAeTitle));
    settings.setValue("host", q(n.host));
    settings.setValue("port", n.port);
    settings.setValue("ourAet", q(n.callingAeTitle));
    settings.setValue("movePort", n.moveStoragePort);
    settings.setValue("connectTimeout", n.connectTimeoutS);
    settings.setValue("dimseTimeout", n.dimseTimeoutS);
  }
  settings.endArray();
}

void PacsDialog::clearResults() {
  rows_.clear();
  table_->setRowCount(0);
  setBusy(busy());
}

void PacsDialog::rebuildNodeCombo(int select) {
  QSignalBlocker block(nodeCombo_);
  nodeCombo_->clear();
  for (const net::Node& n : nodes_)
    nodeCombo_->addItem(q(net::describe(n)));
  if (!nodes_.empty()) nodeCombo_->setCurrentIndex(std::clamp(select, 0, int(nodes_.size()) - 1));
  QSettings().setValue("pacs/currentNode", nodeCombo_->currentIndex());
  clearResults();
}

int PacsDialog::currentNode() const {
  return nodes_.empty() ? -1 : nodeCombo_->currentIndex();
}

void PacsDialog::addNode(const net::Node& node) {
  net::validate(node);
  for (std::size_t i = 0; i < nodes_.size(); ++i)
    if (nodes_[i].name == node.name) {
      nodes_[i] = node;
      saveNodes(nodes_);
      rebuildNodeCombo(static_cast<int>(i));
      return;
    }
  nodes_.push_back(node);
  saveNodes(nodes_);
  rebuildNodeCombo(static_cast<int>(nodes_.size()) - 1);
}

void PacsDialog::editNode(int index) {
  net::Node node = index >= 0 && index < int(nodes_.size()) ? nodes_[index] : net::Node{};
  if (!editNodeDialog(this, node)) return;
  if (index >= 0 && index < int(nodes_.size())) {
    nodes_[index] = node;
    saveNodes(nodes_);
    rebuildNodeCombo(index);
  } else {
    addNode(node);
  }
}

void PacsDialog::removeNode() {
  const int i = currentNode();
  if (i < 0) return;
  nodes_.erase(nodes_.begin() + i);
  saveNodes(nodes_);
  rebuildNodeCombo(i - 1);
}

void PacsDialog::setQuery(const QString& name, const QString& id, const QString& from,
                          const QString& to, const QString& modality) {
  name_->setText(name);
  id_->setText(id);
  from_->setText(from);
  to_->setText(to);
  modality_->setCurrentText(modality);
}

void PacsDialog::setRetrieveFolder(const QString& dir) {
  retrieveDir_ = dir;
  folderLabel_->setText(QDir::toNativeSeparators(dir));
  QSettings().setValue("pacs/retrieveDir", dir);
}

void PacsDialog::setUseMove(bool move) {
  method_->setCurrentIndex(move ? 1 : 0);
}

QString PacsDialog::statusText() const {
  return status_->text();
}

bool PacsDialog::busy() const {
  return job_.running();
}

void PacsDialog::setStatus(const QString& text, bool error) {
  status_->setText(text);
  status_->setStyleSheet(error ? "color: #e0524a; font-weight: bold;" : QString());
}

void PacsDialog::setBusy(bool b) {
  const bool haveNode = !nodes_.empty();
  for (QPushButton* w : {echo_, search_})
    w->setEnabled(!b && haveNode);
  retrieve_->setEnabled(!b && haveNode && table_->rowCount() > 0);
  for (QWidget* w : std::initializer_list<QWidget*>{add_, edit_, remove_, nodeCombo_})
    w->setEnabled(!b);
  edit_->setEnabled(!b && haveNode);
  remove_->setEnabled(!b && haveNode);
}

bool PacsDialog::nodeOrComplain(net::Node& node) {
  const int i = currentNode();
  if (i < 0) {
    setStatus(tr("Add a PACS node first."), true);
    return false;
  }
  node = nodes_[i];
  return true;
}

void PacsDialog::echo() {
  net::Node node;
  if (busy() || !nodeOrComplain(node)) return;
  setStatus(tr("Echo %1...").arg(q(net::describe(node))), false);
  setBusy(true);
  auto o = std::make_shared<Outcome>();
  job_.start(
      [node, o](const Progress&) {
        const double sec = net::echo(node);
        o->ok = true;
        o->message = tr("%1 answered the echo in %2 ms.")
                         .arg(q(net::describe(node)))
                         .arg(qRound(sec * 1000));
      },
      [this, o](const BackgroundJob::Outcome& r) {
        if (!r.ok()) o->message = r.error;
        onEchoDone(*o);
      });
}

void PacsDialog::onEchoDone(const Outcome& o) {
  setBusy(false);
  setStatus(o.message, !o.ok);
  emit echoFinished(o.ok);
}

void PacsDialog::search() {
  net::Node node;
  if (busy() || !nodeOrComplain(node)) return;
  net::Query query;
  query.level = net::Level::Study;
  query.patientName = s(name_->text());
  query.patientId = s(id_->text());
  query.dateFrom = s(from_->text());
  query.dateTo = s(to_->text());
  query.modality = s(modality_->currentText()).substr(0, 16);
  setStatus(tr("Searching %1...").arg(q(net::describe(node))), false);
  setBusy(true);
  auto o = std::make_shared<Outcome>();
  job_.start(
      [node, query, o](const Progress&) {
        o->rows = net::find(node, query);
        o->ok = true;
      },
      [this, o](const BackgroundJob::Outcome& r) {
        if (!r.ok()) o->message = r.error;
        onSearchDone(*o);
      });
}

void PacsDialog::onSearchDone(Outcome& o) {
  if (o.ok) {
    rows_ = std::move(o.rows);
    table_->setRowCount(static_cast<int>(rows_.size()));
    for (int r = 0; r < int(rows_.size()); ++r) {
      const net::QueryResult& m = rows_[r];
      const QStringList cells = {
          q(m.patientName),
          q(m.patientId),
          prettyDate(m.studyDate),
          q(m.modalitiesInStudy),
          q(m.studyDescription),
          m.numberOfSeries < 0 ? QString() : QString::number(m.numberOfSeries),
          m.numberOfInstances < 0 ? QString() : QString::number(m.numberOfInstances)};
      for (int c = 0; c < cells.size(); ++c)
        table_->setItem(r, c, new QTableWidgetItem(cells[c]));
      table_->item(r, 0)->setData(Qt::UserRole, q(m.studyInstanceUid));
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    if (!rows_.empty()) table_->selectRow(0);
    setStatus(rows_.empty() ? tr("No study matches.") : tr("Studies found: %1").arg(rows_.size()),
              false);
  } else {
    setStatus(o.message, true);
  }
  setBusy(false);
  emit searchFinished(o.ok);
}

void PacsDialog::retrieve() {
  net::Node node;
  if (busy() || !nodeOrComplain(node)) return;
  int row = table_->currentRow();
  if (row < 0 && table_->rowCount() > 0) row = 0;
  if (row < 0 || row >= int(rows_.size())) {
    setStatus(tr("Search, then choose a study to retrieve."), true);
    return;
  }
  const bool useMove = method_->currentIndex() == 1;
  if (useMove && node.moveStoragePort <= 0) {
    setStatus(tr("C-MOVE needs the node's move port (Edit...); or retrieve with C-GET."), true);
    return;
  }
  const net::QueryResult study = rows_[row];
  const QString outDir = retrieveDir_;
  progress_ = new QProgressDialog(
      tr("Retrieving %1 (%2)...").arg(q(study.patientName), prettyDate(study.studyDate)),
      tr("Cancel"), 0, 1000, this);
  progress_->setAttribute(Qt::WA_DeleteOnClose);
  progress_->setWindowTitle(tr("Retrieve"));
  progress_->setMinimumDuration(0);
  progress_->setAutoClose(false);
  progress_->setAutoReset(false);
  progress_->setValue(0);
  connect(progress_, &QProgressDialog::canceled, this, [this] { job_.cancel(); });
  progress_->show();
  setStatus(tr("Retrieving with %1...").arg(useMove ? "C-MOVE" : "C-GET"), false);
  setBusy(true);
  QPointer<QProgressDialog> dialog = progress_;
  auto o = std::make_shared<Outcome>();
  job_.start(
      [node, study, outDir, useMove, o](const Progress& progress) {
        const net::RetrieveTarget target{study.studyInstanceUid, ""};
        const net::RetrieveResult r = useMove ? net::move(node, target, s(outDir), progress)
                                              : net::get(node, target, s(outDir), progress);
        o->ok = !r.files.empty();
        // Files are outDir/<study>/<series>/<sop>.dcm: the study's folder is opened.
        o->folder =
            r.files.empty()
                ? QDir(outDir).filePath(q(study.studyInstanceUid))
                : q(std::filesystem::path(r.files.front()).parent_path().parent_path().string());
        o->message = r.files.empty()
                         ? tr("%1 sent no images for this study.").arg(q(net::describe(node)))
                         : tr("Retrieved %1 images in %2 s (%3 failed).")
                               .arg(r.files.size())
                               .arg(r.seconds, 0, 'f', 1)
                               .arg(r.failed);
      },
      [this, o, outDir](const BackgroundJob::Outcome& r) {
        if (r.cancelled()) {
          o->cancelled = true;
          o->message =
              tr("Retrieve cancelled; the images received so far are kept in %1.").arg(outDir);
        } else if (!r.ok()) {
          o->message = r.error;
        }
        onRetrieveDone(*o);
      },
      [dialog](double f, const QString& what) {
        if (!dialog) return;
        dialog->setValue(static_cast<int>(f * 1000));
        dialog->setLabelText(tr("Retrieving: %1").arg(what));
      });
}

void PacsDialog::onRetrieveDone(const Outcome& o) {
  if (progress_) progress_->close();
  setBusy(false);
  setStatus(o.message, !o.ok && !o.cancelled);
  if (o.ok) emit studyRetrieved(o.folder);
  emit retrieveFinished(o.ok);
}

}  // namespace osteon::ui
