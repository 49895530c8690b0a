#pragma once
#include <QApplication>
#include <QString>
#include <QTranslator>
namespace osteon {
namespace ui {
// Installs the translation for `language` ("en", "pt_BR", "es"; empty = the system's, or the
// saved setting). Returns the language in use.
// lupdate files messages under the bare class name ("MainWindow") while tr() asks with the
// namespaced one ("osteon::ui::MainWindow"): this translator also tries the bare name.
class Translator : public QTranslator {
 public:
  using QTranslator::QTranslator;
  QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                    int n = -1) const override;
};

QString installTranslation(QApplication& app, const QString& language = {});
QStringList availableLanguages();
}  // namespace ui
}  // namespace osteon
