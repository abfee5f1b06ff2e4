#pragma once

// How QCOMPARE prints model values. In namespace archboard so that they win
// over archboard::toString, the enum spelling, which QTest would otherwise
// find too.

#include "model/designdata.h"
#include "model/json/designjson.h"

#include <QPointF>
#include <QRectF>
#include <QtTest>

namespace archboard {

inline char* toString(const Position& p) {
    return QTest::toString(QPointF(p.x, p.y));
}

inline char* toString(const Rect& r) {
    return QTest::toString(QRectF(r.x, r.y, r.w, r.h));
}

inline char* toString(const ComponentKind& kind) {
    return qstrdup(std::string(toString<ComponentKind>(kind)).c_str());
}

inline char* toString(const ConnectionKind& kind) {
    return qstrdup(std::string(toString<ConnectionKind>(kind)).c_str());
}

inline char* toString(const DesignData& d) {
    return qstrdup(writeDesignJson(d).c_str());
}

} // namespace archboard
