#pragma once

#include <QString>
#include <QTest>

namespace archboard::bench {

// The `components` column for a benchmark's _data function: 100 to 100,000
// components, or only up to 1,000 under ARCHBOARD_BENCH_QUICK, which keeps
// the CTest smoke run small.
inline void addDesignSizes() {
    QTest::addColumn<int>("components");
    const bool quick = qEnvironmentVariableIsSet("ARCHBOARD_BENCH_QUICK");
    for (const int n : {100, 1'000, 10'000, 100'000})
        if (!quick || n <= 1'000)
            QTest::newRow(qPrintable(QString::number(n))) << n;
}

} // namespace archboard::bench
