#include "ui/ai/cam_controls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/ai/heatmap_pane.h"

namespace osteon {
namespace ui {

namespace {

const char* const kMethods[] = {"gradcam", "gradcam++", "layercam", "eigencam", "scorecam"};

QString q(const std::string& s) {
  return QString::fromStdString(s);
}

std::vector<std::pair<int, double>> ranked(const std::vector<double>& p) {
  std::vector<std::pair<int, double>> r;
  for (std::size_t i = 0; i < p.size(); ++i)
    r.emplace_back(static_cast<int>(i), p[i]);
  std::stable_sort(r.begin(), r.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return r;
}

}  // namespace

CamControls::CamControls(QWidget* parent)
    : QGroupBox(QCoreApplication::translate("osteon::ui::AiPanel", "Class activation map"),
                parent) {
  auto* cv = new QVBoxLayout(this);
  camOn_ = new QCheckBox(
      QCoreApplication::translate("osteon::ui::AiPanel", "Show the heatmap on the image"), this);
  camOn_->setObjectName("aiCamOn");
  cv->addWidget(camOn_);
  auto* cf = new QFormLayout;
  method_ = new QComboBox(this);
  const QString methodNames[] = {
      QStringLiteral("Grad-CAM"), QStringLiteral("Grad-CAM++"), QStringLiteral("Layer-CAM"),
      QStringLiteral("Eigen-CAM"),
      QCoreApplication::translate("osteon::ui::AiPanel", "Score-CAM (slow)")};
  for (int i = 0; i < 5; ++i)
    method_->addItem(methodNames[i], QString::fromLatin1(kMethods[i]));
  cf->addRow(QCoreApplication::translate("osteon::ui::AiPanel", "Method"), method_);
  output_ = new QComboBox(this);
  outputLabel_ = new QLabel(QCoreApplication::translate("osteon::ui::AiPanel", "Output"), this);
  cf->addRow(outputLabel_, output_);
  class_ = new QComboBox(this);
  cf->addRow(QCoreApplication::translate("osteon::ui::AiPanel", "Class"), class_);
  layerBox_ = new QComboBox(this);
  cf->addRow(QCoreApplication::translate("osteon::ui::AiPanel", "Layer"), layerBox_);
  opacity_ = new QSlider(Qt::Horizontal, this);
  opacity_->setRange(0, 100);
  opacity_->setValue(50);
  cf->addRow(QCoreApplication::translate("osteon::ui::AiPanel", "Opacity"), opacity_);
  colormap_ = new QComboBox(this);
  const QString mapNames[] = {QCoreApplication::translate("osteon::ui::AiPanel", "Jet"),
                              QCoreApplication::translate("osteon::ui::AiPanel", "Inferno"),
                              QCoreApplication::translate("osteon::ui::AiPanel", "Hot"),
                              QCoreApplication::translate("osteon::ui::AiPanel", "Grey")};
  const QStringList ids = colormapNames();
  for (int i = 0; i < ids.size(); ++i)
    colormap_->addItem(mapNames[i], ids[i]);
  cf->addRow(QCoreApplication::translate("osteon::ui::AiPanel", "Colours"), colormap_);
  cv->addLayout(cf);
  auto* compareRow = new QHBoxLayout;
  compare_ =
      new QCheckBox(QCoreApplication::translate("osteon::ui::AiPanel", "Compare with class"), this);
  classB_ = new QComboBox(this);
  compareRow->addWidget(compare_);
  compareRow->addWidget(classB_, 1);
  cv->addLayout(compareRow);
  compareBox_ = new QWidget(this);
  auto* panes = new QHBoxLayout(compareBox_);
  panes->setContentsMargins(0, 0, 0, 0);
  paneA_ = new HeatmapPane(compareBox_);
  paneB_ = new HeatmapPane(compareBox_);
  panes->addWidget(paneA_);
  panes->addWidget(paneB_);
  compareBox_->setVisible(false);
  cv->addWidget(compareBox_);
  camInfo_ = new QLabel(this);
  camInfo_->setWordWrap(true);
  camInfo_->setStyleSheet("color: gray");
  cv->addWidget(camInfo_);
  export_ = new QPushButton(QCoreApplication::translate("osteon::ui::AiPanel", "Export overlay..."),
                            this);
  exportDicom_ =
      new QPushButton(QCoreApplication::translate("osteon::ui::AiPanel",
                                                  "Export heatmap as DICOM Parametric Map..."),
                      this);
  exportDicom_->setToolTip(QCoreApplication::translate(
      "osteon::ui::AiPanel",
      "The map as float values with their meaning, referencing the explained image: PACS "
      "viewers (Weasis, OHIF, 3D Slicer) and Osteon (File > Open) show it as an overlay"));
  cv->addWidget(export_);
  cv->addWidget(exportDicom_);

  connect(camOn_, &QCheckBox::toggled, this, &CamControls::camToggled);
  for (QComboBox* c : {method_, class_, layerBox_, classB_})
    connect(c, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this](int) { emit selectionChanged(); });
  connect(output_, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
          &CamControls::outputChanged);
  connect(opacity_, &QSlider::valueChanged, this,
          [this](int value) { emit opacityChanged(value / 100.0); });
  connect(colormap_, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
          [this](int) { emit colormapChanged(colormap()); });
  connect(compare_, &QCheckBox::toggled, this, [this](bool on) {
    compareBox_->setVisible(on);
    emit compareToggled(on);
  });
  connect(export_, &QPushButton::clicked, this, &CamControls::exportOverlayClicked);
  connect(exportDicom_, &QPushButton::clicked, this, &CamControls::exportParametricMapClicked);
}

QStringList CamControls::methodIds() {
  QStringList m;
  for (const char* s : kMethods)
    m << QString::fromLatin1(s);
  return m;
}

void CamControls::setCamEnabled(bool on) {
  camOn_->setChecked(on);
}
void CamControls::switchOffSilently() {
  const QSignalBlocker block(camOn_);
  camOn_->setChecked(false);
}
bool CamControls::camEnabled() const {
  return camOn_->isChecked();
}
void CamControls::setCamAvailable(bool on) {
  camOn_->setEnabled(on);
}

void CamControls::setMethod(const QString& id) {
  const int i = method_->findData(id);
  if (i >= 0) method_->setCurrentIndex(i);
}
QString CamControls::method() const {
  return method_->currentData().toString();
}
QString CamControls::methodText() const {
  return method_->currentText();
}

void CamControls::setOutput(int output) {
  if (output >= 0 && output < output_->count()) output_->setCurrentIndex(output);
}
int CamControls::output() const {
  return std::max(0, output_->currentIndex());
}

void CamControls::setClass(int c) {
  if (c >= 0 && c < class_->count()) class_->setCurrentIndex(c);
}
int CamControls::classIndex() const {
  return class_->currentIndex();
}
QString CamControls::classText() const {
  return class_->currentText();
}
QString CamControls::classText(int c) const {
  return class_->itemText(c);
}

void CamControls::setLayer(const QString& layer) {
  const int i = layerBox_->findData(layer);
  if (i >= 0) layerBox_->setCurrentIndex(i);
}
QString CamControls::layer() const {
  return layerBox_->currentData().toString();
}
QStringList CamControls::layers() const {
  QStringList l;
  for (int i = 0; i < layerBox_->count(); ++i)
    l << layerBox_->itemData(i).toString();
  return l;
}

void CamControls::setOpacity(double o) {
  opacity_->setValue(static_cast<int>(std::lround(100 * std::clamp(o, 0.0, 1.0))));
}
double CamControls::opacity() const {
  return opacity_->value() / 100.0;
}
void CamControls::setColormap(Colormap map) {
  colormap_->setCurrentIndex(std::max(0, colormap_->findData(colormapName(map))));
}
Colormap CamControls::colormap() const {
  return colormapFromName(colormap_->currentData().toString());
}

bool CamControls::compare() const {
  return compare_->isChecked();
}
void CamControls::setCompareChecked(bool on) {
  compare_->setChecked(on);
}
void CamControls::setCompareClassSilently(int c) {
  if (c < 0 || c >= classB_->count()) return;
  const QSignalBlocker b(classB_);
  classB_->setCurrentIndex(c);
}
int CamControls::compareClass() const {
  return classB_->currentIndex();
}
QString CamControls::compareClassText() const {
  return classB_->currentText();
}

void CamControls::setChoices(const std::vector<std::pair<QString, QString>>& outputs, int first,
                             const QStringList& classes) {
  {
    const QSignalBlocker b1(output_), b2(class_), b3(classB_);
    output_->clear();
    for (const auto& [shown, name] : outputs)
      output_->addItem(shown, name);
    output_->setCurrentIndex(first);
    class_->clear();
    classB_->clear();
    class_->addItems(classes);
    classB_->addItems(classes);
  }
  output_->setVisible(outputs.size() > 1);
  outputLabel_->setVisible(outputs.size() > 1);
}

void CamControls::clearChoices() {
  {
    const QSignalBlocker b1(output_), b2(class_), b3(classB_);
    output_->clear();
    class_->clear();
    classB_->clear();
  }
  output_->setVisible(false);
  outputLabel_->setVisible(false);
}

void CamControls::selectRanked(const std::vector<double>& probabilities) {
  // The CAM shows the output's most probable class; the comparison its runner-up.
  const auto order = ranked(probabilities);
  const QSignalBlocker b1(class_), b2(classB_);
  if (!order.empty()) class_->setCurrentIndex(order[0].first);
  if (order.size() > 1) classB_->setCurrentIndex(order[1].first);
}

void CamControls::setLayers(const std::vector<std::string>& layers,
                            const std::string& defaultLayer) {
  const QSignalBlocker block(layerBox_);
  layerBox_->clear();
  if (layers.empty()) {
    layerBox_->addItem(QCoreApplication::translate("osteon::ui::AiPanel", "default"), QString());
    return;
  }
  for (const std::string& l : layers)
    layerBox_->addItem(q(l), q(l));
  const int d = layerBox_->findData(q(defaultLayer));
  layerBox_->setCurrentIndex(std::max(0, d));
}

HeatmapPane* CamControls::pane(int i) const {
  return i == 0 ? paneA_ : paneB_;
}

void CamControls::setInfo(const QString& text) {
  camInfo_->setText(text);
}
QString CamControls::info() const {
  return camInfo_->text();
}

void CamControls::setExportEnabled(bool on) {
  export_->setEnabled(on);
  exportDicom_->setEnabled(on);
}

}  // namespace ui
}  // namespace osteon
