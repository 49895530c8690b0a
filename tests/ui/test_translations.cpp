// pt_BR and es are complete, and the translations built by lrelease are loaded at run time.

#include <QApplication>
#include <QFile>
#include <QXmlStreamReader>

#include "tests/support/test_support.h"
#include "ui/shell/translations.h"

TEST_CASE("every source string has a finished pt_BR and es translation", "[translations]") {
  for (const char* lang : {"pt_BR", "es"}) {
    QFile f(QStringLiteral(OSTEON_TS_DIR "/osteon_%1.ts").arg(lang));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int messages = 0, finished = 0;
    QStringList missing;
    QString source;
    while (!xml.atEnd()) {
      xml.readNext();
      if (!xml.isStartElement()) continue;
      if (xml.name() == QLatin1String("source")) source = xml.readElementText();
      if (xml.name() == QLatin1String("translation")) {
        ++messages;
        const QString type = xml.attributes().value("type").toString();
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (type.isEmpty() && !text.isEmpty())
          ++finished;
        else if (type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
          missing << source;
        else
          --messages;
      }
    }
    INFO(lang << " missing: " << missing.join(" | ").toStdString()
              << (xml.hasError() ? " XML error: " + xml.errorString().toStdString() : ""));
    CHECK_FALSE(xml.hasError());
    CHECK(messages >= 80);
    CHECK(finished == messages);
  }
}

TEST_CASE("the compiled translations translate the user interface", "[translations]") {
  osteon::ui::Translator pt, es;
  REQUIRE(pt.load(":/i18n/osteon_pt_BR.qm"));
  REQUIRE(es.load(":/i18n/osteon_es.qm"));
  CHECK(pt.translate("osteon::ui::MainWindow", "&File") == QString("&Arquivo"));
  CHECK(es.translate("osteon::ui::MainWindow", "&File") == QString("&Archivo"));
  CHECK(pt.translate("osteon::ui::MainWindow", "Invert") == QString("Inverter"));
  CHECK(es.translate("osteon::ui::MainWindow", "Invert") == QString("Invertir"));
  CHECK(pt.translate("osteon::ui::TrainingPanel", "Start training") ==
        QString("Iniciar treinamento"));
  CHECK(es.translate("osteon::ui::TrainingPanel", "Start training") ==
        QString("Iniciar el entrenamiento"));
}
