// The critic over layered designs of 100 to 100,000 components (2 connections
// each): a full critique, every rule, excluding parsing; and, for scale, the
// JSON parse of the same design. The app re-runs the critic on every edit, so
// the 10,000-component figure is the frame budget (docs/benchmarks.md).
#include "critique/critic.h"
#include "critique/graphindex.h"
#include "critique/technologycatalogue.h"
#include "layereddesign.h"
#include "model/json/designjson.h"

#include <QtTest>

using namespace archboard;

class bench_Critique : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        // Load the catalogues outside the timed runs, as the app does at start.
        QVERIFY(!TechnologyCatalogue::builtIn().technologies().empty());
        QVERIFY(!archboard::critique(DesignData{}).empty());
    }

    void fullCritique_data() { sizes(); }
    void fullCritique() {
        QFETCH(int, components);
        const DesignData design = bench::layeredDesign(static_cast<std::size_t>(components));
        std::size_t findings = 0;
        QBENCHMARK {
            findings = archboard::critique(design).size();
        }
        QVERIFY(findings > 0);
    }

    // The graph facts alone, to see what the rules cost on top.
    void graphIndex_data() { sizes(); }
    void graphIndex() {
        QFETCH(int, components);
        const DesignData design = bench::layeredDesign(static_cast<std::size_t>(components));
        QBENCHMARK {
            const GraphIndex graph(design, TechnologyCatalogue::builtIn());
            QVERIFY(graph.size() == design.components.size());
        }
    }

    void parse_data() { sizes(); }
    void parse() {
        QFETCH(int, components);
        const std::string text =
            writeDesignJson(bench::layeredDesign(static_cast<std::size_t>(components)));
        QBENCHMARK {
            QVERIFY(readDesignJson(text).ok());
        }
    }

private:
    static void sizes() {
        QTest::addColumn<int>("components");
        // ARCHBOARD_BENCH_QUICK keeps the CTest smoke run small.
        const bool quick = qEnvironmentVariableIsSet("ARCHBOARD_BENCH_QUICK");
        for (const int n : {100, 1'000, 10'000, 100'000})
            if (!quick || n <= 1'000)
                QTest::newRow(qPrintable(QString::number(n))) << n;
    }
};

QTEST_APPLESS_MAIN(bench_Critique)
#include "bench_critique.moc"
