// The critic over layered designs of 100 to 100,000 components (2 connections
// each): a full critique, every rule, excluding parsing, as the app re-runs it
// and as the CLI runs it once; and, for scale, the JSON parse of the same
// design. The app re-runs the critic on every edit, so
// the 10,000-component figure is the frame budget (docs/benchmarks.md).
#include "benchsizes.h"
#include "critique/critic.h"
#include "critique/findinggroups.h"
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

    // As the app runs it: one Critic, re-run after every edit, reusing the
    // memory of the run before.
    void fullCritique_data() { bench::addDesignSizes(); }
    void fullCritique() { benchmarkReruns(bench::Wiring::Near); }

    // The same, with peak rates and a payload stated, as an interview design
    // has them: the load pass then splits them over the whole graph, which
    // it skips where no figure is stated.
    void fullCritiqueWithRates_data() { bench::addDesignSizes(); }
    void fullCritiqueWithRates() { benchmarkReruns(bench::Wiring::Near, true); }

    // The stress case: the same designs with every connection to any box of
    // its row, so the graph has no locality and large runs miss the cache.
    void fullCritiqueScattered_data() { bench::addDesignSizes(); }
    void fullCritiqueScattered() { benchmarkReruns(bench::Wiring::Scattered); }

    // As the CLI runs it: once, from nothing, findings handed over and freed.
    void critiqueOnce_data() { bench::addDesignSizes(); }
    void critiqueOnce() {
        QFETCH(int, components);
        const DesignData design = bench::layeredDesign(static_cast<std::size_t>(components));
        std::size_t findings = 0;
        QBENCHMARK {
            findings = archboard::critique(design).size();
        }
        QVERIFY(findings > 0);
    }

    // A re-run and the grouping of its findings by cause, as the app's
    // CritiqueSession does after every edit.
    void rerunAndGroup_data() { bench::addDesignSizes(); }
    void rerunAndGroup() {
        QFETCH(int, components);
        const DesignData design = bench::layeredDesign(static_cast<std::size_t>(components));
        Critic critic;
        FindingGroups groups;
        critic.run(design);
        groups.assign(critic.run(design));
        QBENCHMARK {
            groups.assign(critic.run(design));
        }
        QVERIFY(groups.size() > 0 && groups.size() < critic.findings().size());
    }

    // The graph facts alone, to see what the rules cost on top.
    void graphIndex_data() { bench::addDesignSizes(); }
    void graphIndex() {
        QFETCH(int, components);
        const DesignData design = bench::layeredDesign(static_cast<std::size_t>(components));
        QBENCHMARK {
            const GraphIndex graph(design, TechnologyCatalogue::builtIn());
            QVERIFY(graph.size() == design.components.size());
        }
    }

    void parse_data() { bench::addDesignSizes(); }
    void parse() {
        QFETCH(int, components);
        const std::string text =
            writeDesignJson(bench::layeredDesign(static_cast<std::size_t>(components)));
        QBENCHMARK {
            QVERIFY(readDesignJson(text).ok());
        }
    }

private:
    static void benchmarkReruns(bench::Wiring wiring, bool rates = false) {
        QFETCH(int, components);
        DesignData design = bench::layeredDesign(static_cast<std::size_t>(components), 7, wiring);
        if (rates) {
            Requirements& stated = design.info.requirements;
            stated.peakReadRps = 100'000;
            stated.peakWriteRps = 20'000;
            stated.payloadBytes = 1'000;
        }
        Critic critic;
        // Runs before the edit: the first fills the index and the reports,
        // the second the findings; from then on a run reuses their memory.
        critic.run(design);
        critic.run(design);
        std::size_t findings = 0;
        QBENCHMARK {
            findings = critic.run(design).size();
        }
        QVERIFY(findings > 0);
    }
};

QTEST_APPLESS_MAIN(bench_Critique)
#include "bench_critique.moc"
