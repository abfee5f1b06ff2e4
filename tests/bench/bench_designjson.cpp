// Loading and saving designs of 1,000 to 100,000 components: the JSON text
// as the format writes it, read (parse, validate, build the model) and written.
#include "benchsizes.h"
#include "layereddesign.h"
#include "model/json/designjson.h"

#include <QtTest>

using namespace archboard;

class bench_DesignJson : public QObject {
    Q_OBJECT

private slots:
    void read_data() { bench::addDesignSizes(); }
    void read() {
        QFETCH(int, components);
        const std::string text =
            writeDesignJson(bench::layeredDesign(static_cast<std::size_t>(components)));
        QBENCHMARK {
            const LoadResult result = readDesignJson(text);
            QVERIFY(result.ok());
        }
    }

    void write_data() { bench::addDesignSizes(); }
    void write() {
        QFETCH(int, components);
        const DesignData design = bench::layeredDesign(static_cast<std::size_t>(components));
        std::size_t bytes = 0;
        QBENCHMARK {
            bytes = writeDesignJson(design).size();
        }
        QVERIFY(bytes > 0);
    }
};

QTEST_APPLESS_MAIN(bench_DesignJson)
#include "bench_designjson.moc"
