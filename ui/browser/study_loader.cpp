#include "ui/browser/study_loader.h"

#include <QDir>
#include <QFileInfo>

#include "core/base/error.h"
#include "core/image/resample.h"
#include "core/image/reslice.h"
#include "core/image/window_level.h"
#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "core/io/image_file.h"

namespace osteon {
namespace ui {

QString LoadedSeries::label() const {
  QString s = description.isEmpty() ? QObject::tr("(no description)") : description;
  if (seriesNumber) s = QStringLiteral("#%1 ").arg(seriesNumber) + s;
  if (stackIndex > 0) s += QObject::tr(" [stack %1]").arg(stackIndex + 1);
  return s;
}

QImage makeThumbnail(const image::Image& v, int size) {
  if (v.empty()) return {};
  const image::Plane plane = image::acquisitionPlane(v.geometry);
  const image::Image slice = image::extractSlice(v, plane, image::sliceCount(v, plane) / 2);
  image::WindowLevel wl = image::defaultWindow(slice);
  if (slice.pixelType() == image::PixelType::RGB8) wl = {127.5, 255};
  const image::Image g = image::windowTo8Bit(slice, wl, 0, v.invertForDisplay);
  const QImage::Format f =
      g.pixelType() == image::PixelType::RGB8 ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
  const int bpl = g.width() * (g.pixelType() == image::PixelType::RGB8 ? 3 : 1);
  QImage q(g.bytes(), g.width(), g.height(), bpl, f);
  // Physical aspect ratio.
  const double aspect =
      (g.height() * slice.geometry.spacing[1]) / (g.width() * slice.geometry.spacing[0]);
  return q
      .scaled(size, std::max(1, static_cast<int>(size * aspect)), Qt::KeepAspectRatio,
              Qt::SmoothTransformation)
      .copy();
}

std::shared_ptr<LoadResult> StudyLoader::load(
    const QStringList& paths, const std::atomic<bool>* cancel,
    const std::function<void(int, const QString&)>& progress) {
  auto r = std::make_shared<LoadResult>();
  r->paths = paths;
  std::vector<std::string> dicom;
  try {
    for (const QString& p : paths) {
      const std::string s = p.toStdString();
      if (QFileInfo(p).isFile() && io::isPlainImagePath(s) && !io::looksLikeDicom(s)) {
        try {
          LoadedSeries ls;
          auto img = std::make_shared<image::Image>(io::readImageFile(s));
          ls.description = QFileInfo(p).fileName();
          ls.modality = QStringLiteral("OT");
          ls.source = p;
          ls.thumbnail = makeThumbnail(*img, 96);
          ls.volume = std::move(img);
          r->series.push_back(std::move(ls));
        } catch (const Error& e) {
          r->errors << QString::fromStdString(e.what());
        }
      } else {
        dicom.push_back(s);
      }
    }
    if (!dicom.empty()) {
      Progress scanProgress(
          [&](double f, const std::string&) {
            progress(static_cast<int>(30 * f), QObject::tr("Reading headers"));
          },
          cancel);
      const io::ScanResult scan = io::scanDicom(dicom, {}, scanProgress);
      for (const auto& e : scan.errors)
        r->errors << QString::fromStdString(e.path + ": " + e.message);
      std::size_t total = 0, done = 0;
      for (const auto& pt : scan.patients)
        for (const auto& st : pt.studies)
          for (const auto& se : st.series)
            total += se.stacks.size();
      for (const auto& pt : scan.patients)
        for (const auto& st : pt.studies)
          for (const auto& se : st.series)
            for (std::size_t k = 0; k < se.stacks.size(); ++k) {
              if (cancel && cancel->load()) throw Cancelled();
              progress(30 + static_cast<int>(70.0 * static_cast<double>(done) /
                                             static_cast<double>(std::max<std::size_t>(1, total))),
                       QObject::tr("Loading %1").arg(QString::fromStdString(se.description)));
              ++done;
              try {
                Progress lp({}, cancel);
                auto img = std::make_shared<image::Image>(io::loadStack(se, se.stacks[k], {}, lp));
                LoadedSeries ls;
                ls.patient = QString::fromStdString(pt.name);
                ls.patientId = QString::fromStdString(pt.id);
                ls.study = QString::fromStdString(st.description);
                ls.studyDate = QString::fromStdString(st.date);
                ls.description = QString::fromStdString(se.description);
                ls.modality = QString::fromStdString(se.modality);
                ls.seriesNumber = se.number;
                ls.stackIndex = static_cast<int>(k);
                ls.source =
                    QString::fromStdString(se.instances[se.stacks[k].slices.front().instance].path);
                const QFileInfo first(ls.source);
                ls.seriesId = first.dir().dirName();
                QDir up = first.dir();
                if (up.cdUp()) ls.studyFolder = up.dirName();
                for (const auto& sl : se.stacks[k].slices) {
                  const io::DicomInstance& in = se.instances[sl.instance];
                  ls.instanceNumbers.push_back(in.instanceNumber);
                  ls.sources.push_back({in, in.frames > 1 ? sl.frame + 1 : 0});
                }
                ls.thumbnail = makeThumbnail(*img, 96);
                ls.volume = std::move(img);
                r->series.push_back(std::move(ls));
              } catch (const Cancelled&) {
                throw;
              } catch (const Error& e) {
                r->errors << QString::fromStdString(e.what());
              }
            }
      if (scan.patients.empty() && scan.errors.empty() && r->series.empty())
        r->errors << QObject::tr("%1: no images found").arg(paths.join(", "));
    }
  } catch (const Cancelled&) {
    r->cancelled = true;
  }
  progress(100, QObject::tr("Done"));
  return r;
}

StudyLoader::StudyLoader(QObject* parent) : QObject(parent) {}

StudyLoader::~StudyLoader() = default;  // job_ cancels and waits

void StudyLoader::start(const QStringList& paths) {
  auto result = std::make_shared<std::shared_ptr<LoadResult>>();
  job_.start(
      [this, paths, result](const Progress&) {
        *result = load(paths, &job_.cancelFlag(), [this](int pct, const QString& what) {
          job_.post([this, pct, what] { emit progress(pct, what); });
        });
      },
      [this, paths, result](const BackgroundJob::Outcome& o) {
        std::shared_ptr<LoadResult> r = *result;
        if (!r) {  // load() itself failed
          r = std::make_shared<LoadResult>();
          r->paths = paths;
          if (o.cancelled())
            r->cancelled = true;
          else
            r->errors << o.error;
        }
        emit finished(r);
      });
}

void StudyLoader::cancel() {
  job_.cancel();
}

bool StudyLoader::busy() const {
  return job_.running();
}

}  // namespace ui
}  // namespace osteon
