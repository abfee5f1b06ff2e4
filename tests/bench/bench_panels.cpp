// The panels that follow every edit, on the layered designs of the canvas
// benchmark: the Critique dock's re-run (the critic and its list), and the
// Outline after a rename, an addition, a connection's end moved and a group's
// member added or taken out. They run on each edit that can change what they
// show, so with the canvas they make up the app's frame after an edit
// (docs/benchmarks.md).
#include "layereddesign.h"
#include "model/design.h"
#include "model/json/designjson.h"
#include "model/source/savedesign.h"
#include "widgets/critique/critiquedock.h"
#include "widgets/document/designdocument.h"
#include "widgets/outline/outlinedock.h"

#include <functional>
#include <QTemporaryDir>
#include <QtTest>

using namespace archboard;

class bench_Panels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void critiqueDock_data() { addSizes(); }
    void critiqueDock() {
        QFETCH(int, components);
        DesignDocument document;
        QVERIFY(document.load(designFile(components)));
        CritiqueDock dock(&document);
        dock.show();
        QCoreApplication::processEvents();
        QBENCHMARK {
            dock.refreshNow();
        }
        QVERIFY(!dock.findings().empty());
    }

    void outlineAfterRename_data() { addSizes(); }
    void outlineAfterRename() {
        int round = 0;
        benchmarkOutline({}, [&round](Design& design) {
            Component renamed = design.components().front();
            renamed.name = "Renamed " + std::to_string(++round);
            design.replace(renamed);
        });
    }

    void outlineAfterAdd_data() { addSizes(); }
    void outlineAfterAdd() {
        int added = 0;
        benchmarkOutline({}, [&added](Design& design) {
            Component component;
            component.id = "added" + std::to_string(++added);
            component.kind = ComponentKind::Service;
            design.insert(component);
        });
    }

    // The first connection's far end moves between two components.
    void outlineAfterEndChange_data() { addSizes(); }
    void outlineAfterEndChange() {
        int round = 0;
        benchmarkOutline({}, [&round](Design& design) {
            Connection moved = design.connections().front();
            const auto& components = design.components();
            const ElementId& first = components[components.size() - 1].id;
            const ElementId& second = components[components.size() - 2].id;
            moved.to = ++round % 2 != 0 ? first : second;
            design.replace(moved);
        });
    }

    // A group of ten components, and one more that joins and leaves it.
    void outlineAfterMemberChange_data() { addSizes(); }
    void outlineAfterMemberChange() {
        const auto setup = [](Design& design) {
            Group group;
            group.id = "benchgroup";
            group.name = "Bench group";
            for (std::size_t i = 0; i < 10; ++i)
                group.members.push_back(design.components()[i].id);
            design.insert(group);
        };
        benchmarkOutline(setup, [](Design& design) {
            Group group = design.groups().front();
            const ElementId& joining = design.components()[10].id;
            if (group.members.size() > 10)
                group.members.pop_back();
            else
                group.members.push_back(joining);
            design.replace(group);
        });
    }

private:
    // One edit of the design, then the event loop, in which the Outline
    // follows it; `setup`, when given, edits the design before the dock opens.
    void benchmarkOutline(const std::function<void(Design&)>& setup,
                          const std::function<void(Design&)>& edit) {
        QFETCH(int, components);
        DesignDocument document;
        QVERIFY(document.load(designFile(components)));
        if (setup)
            setup(document.design());
        OutlineDock dock(&document);
        dock.show();
        QCoreApplication::processEvents();
        QBENCHMARK {
            edit(document.design());
            QCoreApplication::processEvents();
        }
    }

    static void addSizes() {
        QTest::addColumn<int>("components");
        const bool quick = qEnvironmentVariableIsSet("ARCHBOARD_BENCH_QUICK");
        for (const int n : {1'000, 5'000, 10'000})
            if (!quick || n <= 1'000)
                QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    QString designFile(int components) {
        const QString path = m_dir.filePath(QStringLiteral("layered-%1.json").arg(components));
        if (!QFile::exists(path))
            [&] {
                QVERIFY(saveDesignFile(bench::layeredDesign(static_cast<std::size_t>(components)),
                                       path.toStdString())
                            .empty());
            }();
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(bench_Panels)
#include "bench_panels.moc"
