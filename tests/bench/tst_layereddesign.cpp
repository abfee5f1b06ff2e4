// The benchmark designs are gen-layered-design's: the canvas targets are
// stated for its output, so the generator here must draw the very same
// designs. The fixtures were written by that tool.
#include "layereddesign.h"
#include "model/json/designjson.h"
#include "pythonrandom.h"

#include <fstream>
#include <QtTest>
#include <sstream>

using namespace archboard;

namespace {

DesignData fixture(const std::string& name) {
    std::ifstream file(std::string(ARCHBOARD_FIXTURES) + "/layered/" + name);
    std::stringstream text;
    text << file.rdbuf();
    const LoadResult loaded = readDesignJson(text.str());
    if (!loaded.ok())
        QTest::qFail(("cannot read fixture " + name).c_str(), __FILE__, __LINE__);
    return loaded.ok() ? *loaded.design : DesignData{};
}

} // namespace

class TestLayeredDesign : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Values Python's random.Random(7) gives.
    void drawsPythonsNumbers() {
        bench::PythonRandom random(7);
        QCOMPARE(random.next32(), 1390851128u);
        QCOMPARE(random.next32(), 4071050724u);
        QCOMPARE(random.next32(), 647892279u);
        bench::PythonRandom again(7);
        QCOMPARE(again.random(), 0.32383276483316237);
        QCOMPARE(again.randint(-2, 2), -1);
        static constexpr int kValues[] = {1, 2, 3};
        QCOMPARE(again.choice(std::span<const int>(kValues)), 2);
        QCOMPARE(again.below(1), 0u); // still draws, as choice(["a"]) does
        QCOMPARE(again.random(), 0.07243628666754276);
    }

    void matchesTheSharedGenerator_data() {
        QTest::addColumn<int>("components");
        QTest::addColumn<int>("seed");
        QTest::addColumn<QString>("file");
        QTest::newRow("100, seed 7") << 100 << 7 << QStringLiteral("layered-100-seed7.json");
        QTest::newRow("250, seed 3") << 250 << 3 << QStringLiteral("layered-250-seed3.json");
    }
    void matchesTheSharedGenerator() {
        QFETCH(int, components);
        QFETCH(int, seed);
        QFETCH(QString, file);
        const DesignData expected = fixture(file.toStdString());
        const DesignData generated = bench::layeredDesign(static_cast<std::size_t>(components),
                                                          static_cast<std::uint32_t>(seed));
        QCOMPARE(generated.components.size(), expected.components.size());
        QCOMPARE(generated.connections.size(), expected.connections.size());
        for (std::size_t i = 0; i < expected.components.size(); ++i)
            QVERIFY2(generated.components[i] == expected.components[i],
                     ("component " + expected.components[i].id).c_str());
        for (std::size_t i = 0; i < expected.connections.size(); ++i)
            QVERIFY2(generated.connections[i] == expected.connections[i],
                     ("connection " + expected.connections[i].id).c_str());
        QVERIFY(generated == expected);
    }

    void scatteredWiringKeepsTheBoxes() {
        const DesignData near = bench::layeredDesign(400);
        const DesignData scattered = bench::layeredDesign(400, 7, bench::Wiring::Scattered);
        QVERIFY(near.components == scattered.components);
        QCOMPARE(scattered.connections.size(), std::size_t{800});
        QVERIFY(near.connections != scattered.connections);
    }
};

QTEST_APPLESS_MAIN(TestLayeredDesign)
#include "tst_layereddesign.moc"
