#include "ui/shell/translations.h"

#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <cstring>

namespace osteon {
namespace ui {

QString Translator::translate(const char* context, const char* source, const char* disambiguation,
                              int n) const {
  QString t = QTranslator::translate(context, source, disambiguation, n);
  if (!t.isNull() || !context) return t;
  const char* bare = std::strrchr(context, ':');
  return bare ? QTranslator::translate(bare + 1, source, disambiguation, n) : t;
}

QStringList availableLanguages() {
  return {"en", "pt_BR", "es"};
}

QString installTranslation(QApplication& app, const QString& requested) {
  static Translator* current = nullptr;
  QString lang = requested;
  if (lang.isEmpty()) lang = QSettings().value("language").toString();
  if (lang.isEmpty()) {
    const QString sys = QLocale::system().name();  // e.g. "pt_BR", "es_ES", "en_US"
    if (sys.startsWith("pt"))
      lang = "pt_BR";
    else if (sys.startsWith("es"))
      lang = "es";
    else
      lang = "en";
  }
  if (current) {
    app.removeTranslator(current);
    delete current;
    current = nullptr;
  }
  if (lang != "en") {
    auto* t = new Translator(&app);
    if (t->load(QStringLiteral(":/i18n/osteon_%1.qm").arg(lang))) {
      app.installTranslator(t);
      current = t;
    } else {
      delete t;
      lang = "en";
    }
  }
  return lang;
}

}  // namespace ui
}  // namespace osteon
