#pragma once
// File > Query PACS...: configured DICOM nodes (kept with QSettings: add, edit, remove, Echo),
// a study search by patient name, patient ID, date range and modality, a results table, and
// Retrieve (C-GET or C-MOVE) with a progress dialog and Cancel. All network work runs on a
// worker thread (core/net); the dialog stays responsive and every wait is bounded by the node's
// timeouts. When a study has arrived, studyRetrieved(folder) is emitted (MainWindow opens it).

#include <QDialog>
#include <QPointer>
#include <QProgressDialog>
#include <memory>
#include <vector>

#include "core/net/pacs.h"
#include "ui/common/background_job.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace osteon::ui {

class PacsDialog : public QDialog {
  Q_OBJECT
 public:
  explicit PacsDialog(QWidget* parent = nullptr);
  ~PacsDialog() override;

  // Nodes as stored in QSettings ("pacs/nodes").
  static std::vector<net::Node> loadNodes();
  static void saveNodes(const std::vector<net::Node>& nodes);

  // Adds (or replaces, by name) a node, saves the list and selects it.
  void addNode(const net::Node& node);
  const std::vector<net::Node>& nodes() const { return nodes_; }
  int currentNode() const;

  void setQuery(const QString& name, const QString& id, const QString& from, const QString& to,
                const QString& modality);
  void setRetrieveFolder(const QString& dir);
  QString retrieveFolder() const { return retrieveDir_; }
  void setUseMove(bool move);

  QTableWidget* results() const { return table_; }
  QString statusText() const;
  bool busy() const;
  QProgressDialog* progressDialog() const { return progress_; }

 public slots:
  void echo();
  void search();
  void retrieve();  // the selected row (or the first)

 signals:
  void studyRetrieved(const QString& folder);
  void searchFinished(bool ok);
  void echoFinished(bool ok);
  // Emitted after a retrieve ends: ok, cancelled, or failed (message in statusText()).
  void retrieveFinished(bool ok);

 private:
  struct Outcome {
    bool ok = false;
    bool cancelled = false;
    QString message;
    std::vector<net::QueryResult> rows;
    QString folder;
  };
  void rebuildNodeCombo(int select);
  void clearResults();
  void editNode(int index);  // -1: a new node
  void removeNode();
  void setStatus(const QString& text, bool error);
  void setBusy(bool busy);
  void onSearchDone(Outcome& o);
  void onEchoDone(const Outcome& o);
  void onRetrieveDone(const Outcome& o);
  bool nodeOrComplain(net::Node& node);

  std::vector<net::Node> nodes_;
  QComboBox* nodeCombo_ = nullptr;
  QPushButton *add_ = nullptr, *edit_ = nullptr, *remove_ = nullptr, *echo_ = nullptr;
  QLineEdit *name_ = nullptr, *id_ = nullptr, *from_ = nullptr, *to_ = nullptr;
  QComboBox* modality_ = nullptr;
  QPushButton* search_ = nullptr;
  QTableWidget* table_ = nullptr;
  QComboBox* method_ = nullptr;
  QLabel* folderLabel_ = nullptr;
  QPushButton *folder_ = nullptr, *retrieve_ = nullptr;
  QLabel* status_ = nullptr;
  QString retrieveDir_;
  std::vector<net::QueryResult> rows_;

  QPointer<QProgressDialog> progress_;
  BackgroundJob job_;  // echo, search or retrieve (one at a time); last: destroyed first
};

}  // namespace osteon::ui
