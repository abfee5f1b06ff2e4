#include "widgets/kindicons.h"
#include "widgets/stringconvert.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtTest>

using namespace archboard;

namespace {

constexpr std::array kSizes{16, 24, 48};

// Every icon the app uses: component kinds, group kinds, the note.
QStringList allTokens() {
    QStringList tokens;
    for (std::size_t i = 0; i < enumCount<ComponentKind>(); ++i)
        tokens.append(toQString(toString(static_cast<ComponentKind>(i))));
    for (std::size_t i = 0; i < enumCount<GroupKind>(); ++i)
        tokens.append(toQString(toString(static_cast<GroupKind>(i))));
    tokens.append(QStringLiteral("note"));
    return tokens;
}

QImage render(const QString& path, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

// Share of pixels that are not transparent.
double inkCoverage(const QImage& image) {
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 64)
                ++inked;
    return double(inked) / (image.width() * image.height());
}

} // namespace

class tst_KindIcons : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resourcesAreThereFromTheStart();
    void everyKindHasAValidIcon_data();
    void everyKindHasAValidIcon();
    void helpersNameTheResources();
    void iconsAreDistinct();
    void contactSheet();
};

void tst_KindIcons::resourcesAreThereFromTheStart() {
    // Before any helper runs: code that builds the path itself (the canvas's
    // icon cache) finds the icons too.
    QVERIFY(QFile::exists(QStringLiteral(":/icons/kinds/cache.svg")));
    QVERIFY(!QFile::exists(QStringLiteral(":/icons/kinds/group.svg"))); // tokens only
}

void tst_KindIcons::everyKindHasAValidIcon_data() {
    QTest::addColumn<QString>("token");
    for (const QString& token : allTokens())
        QTest::newRow(qPrintable(token)) << token;
}

void tst_KindIcons::everyKindHasAValidIcon() {
    QFETCH(QString, token);
    const QString path = kindIconPath(token.toStdString());
    QCOMPARE(path, QStringLiteral(":/icons/kinds/%1.svg").arg(token));
    QVERIFY2(QFile::exists(path), qPrintable(path));

    QSvgRenderer renderer(path);
    QVERIFY2(renderer.isValid(), qPrintable(path));
    QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 24, 24));

    // Legible at every size it is used at: something is drawn, nothing
    // spills out of the box, and it is no solid block.
    for (const int size : kSizes) {
        const double ink = inkCoverage(render(path, size));
        QVERIFY2(ink > 0.08,
                 qPrintable(QStringLiteral("%1 at %2 px: %3").arg(token).arg(size).arg(ink)));
        QVERIFY2(ink < 0.75,
                 qPrintable(QStringLiteral("%1 at %2 px: %3").arg(token).arg(size).arg(ink)));
    }
}

void tst_KindIcons::helpersNameTheResources() {
    QCOMPARE(kindIconPath(ComponentKind::LoadBalancer),
             QStringLiteral(":/icons/kinds/load_balancer.svg"));
    QCOMPARE(kindIconPath(GroupKind::Boundary), QStringLiteral(":/icons/kinds/boundary.svg"));
    QCOMPARE(noteIconPath(), QStringLiteral(":/icons/kinds/note.svg"));
    for (std::size_t i = 0; i < enumCount<ComponentKind>(); ++i) {
        const QIcon icon = kindIcon(static_cast<ComponentKind>(i));
        QVERIFY(!icon.isNull());
        // Crisp on high-DPI screens: rendered at the device pixel size.
        QCOMPARE(icon.pixmap(QSize(24, 24), 2.0).size(), QSize(48, 48));
    }
    QVERIFY(!kindIcon(GroupKind::Region).isNull());
    QVERIFY(!noteIcon().isNull());
}

void tst_KindIcons::iconsAreDistinct() {
    // No two kinds may share a picture.
    QHash<QByteArray, QString> seen;
    for (const QString& token : allTokens()) {
        const QImage image = render(kindIconPath(token.toStdString()), 24);
        const QByteArray bytes(reinterpret_cast<const char*>(image.constBits()),
                               image.sizeInBytes());
        QVERIFY2(!seen.contains(bytes),
                 qPrintable(QStringLiteral("%1 looks like %2").arg(token, seen.value(bytes))));
        seen.insert(bytes, token);
    }
}

// With ARCHBOARD_CONTACT_SHEET=DIR, draws every icon at 16, 24 and 48 px,
// and the 16 px one magnified three times, on light and dark backgrounds,
// into DIR/kind-icons-N.png (nine kinds a page) for review.
void tst_KindIcons::contactSheet() {
    const QString dir = qEnvironmentVariable("ARCHBOARD_CONTACT_SHEET");
    if (dir.isEmpty())
        QSKIP("set ARCHBOARD_CONTACT_SHEET to a folder to write the contact sheet");
    const QStringList tokens = allTokens();
    constexpr int cell = 64;
    constexpr int columns = 4; // 16, 24, 48, 16 magnified
    constexpr int labelWidth = 120;
    constexpr int rowsPerPage = 9;
    for (int first = 0; first < tokens.size(); first += rowsPerPage) {
        const int rows = std::min(rowsPerPage, int(tokens.size()) - first);
        QImage sheet(labelWidth + cell * columns * 2, cell * rows, QImage::Format_ARGB32);
        sheet.fill(Qt::white);
        QPainter painter(&sheet);
        painter.fillRect(QRect(labelWidth + cell * columns, 0, cell * columns, sheet.height()),
                         QColor(0x26, 0x28, 0x2b));
        for (int row = 0; row < rows; ++row) {
            const QString& token = tokens[first + row];
            const QString path = kindIconPath(token.toStdString());
            painter.setPen(Qt::black);
            painter.drawText(QRect(4, row * cell, labelWidth, cell), Qt::AlignVCenter, token);
            for (int column = 0; column < columns * 2; ++column) {
                const int kind = column % columns;
                QImage image = render(path, kSizes[std::size_t(kind == 3 ? 0 : kind)]);
                if (kind == 3) // nearest neighbour: every pixel of the 16 px icon shows
                    image = image.scaled(48, 48, Qt::IgnoreAspectRatio, Qt::FastTransformation);
                const QPoint origin(labelWidth + column * cell + (cell - image.width()) / 2,
                                    row * cell + (cell - image.height()) / 2);
                painter.drawImage(origin, image);
            }
        }
        painter.end();
        const QString out =
            QDir(dir).filePath(QStringLiteral("kind-icons-%1.png").arg(first / rowsPerPage + 1));
        QVERIFY2(sheet.save(out), qPrintable(out));
    }
}

QTEST_MAIN(tst_KindIcons)
#include "tst_kindicons.moc"
