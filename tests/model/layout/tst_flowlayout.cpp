// Auto-layout along the request flow, without a window: every example and
// shared case is laid out and checked for flow order, containment and overlap.
#include "model/design.h"
#include "model/layout/flowlayout.h"
#include "model/source/designsource.h"
#include "support/designbuilders.h"

#include <algorithm>
#include <QDir>
#include <QTest>

using namespace archboard;

namespace {

const LayoutSizes kSizes;

Rect cardAt(const Position& p) {
    return {p.x - kSizes.cardWidth / 2, p.y - kSizes.cardHeight / 2, kSizes.cardWidth,
            kSizes.cardHeight};
}

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

bool inside(const Rect& inner, const Rect& outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
           inner.y + inner.h <= outer.y + outer.h;
}

Position centreOf(const FlowLayout& layout, const ElementId& id) {
    const auto it = std::ranges::find(layout.components, id, &Placement::id);
    return it == layout.components.end() ? Position{} : it->position;
}

Rect rectOf(const FlowLayout& layout, const ElementId& id) {
    const auto it = std::ranges::find(layout.groups, id, &GroupPlacement::id);
    return it == layout.groups.end() ? Rect{} : it->rect;
}

std::unique_ptr<Design> load(const QString& path) {
    auto result = source::readDesignFile(path.toStdString());
    if (!result.ok())
        return nullptr;
    return std::make_unique<Design>(std::move(*result.design));
}

} // namespace

class tst_FlowLayout : public QObject {
    Q_OBJECT

private slots:
    void designs_data();
    void designs();
    void placesDesignsWithoutPositions();
    void nestsZonesInRegions();
    void keepsTheDrawingInPlace();
    void putsNotesBelow();
};

void tst_FlowLayout::designs_data() {
    QTest::addColumn<QString>("path");
    const QStringList folders{QStringLiteral(ARCHBOARD_FIXTURES "/cases"),
                              QStringLiteral(ARCHBOARD_FIXTURES "/../../resources/examples")};
    for (const QString& folder : folders) {
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.archboard.json")}))
            QTest::newRow(qPrintable(dir.dirName() + u'/' + name)) << dir.filePath(name);
    }
}

void tst_FlowLayout::designs() {
    QFETCH(QString, path);
    const auto design = load(path);
    QVERIFY(design);
    const FlowLayout layout = layOutFlow(*design, kSizes);
    QCOMPARE(layout.components.size(), design->components().size());
    QCOMPARE(layout.groups.size(), design->groups().size());

    // Entries first, stores of record last.
    for (const Component* entry : design->entries())
        for (const Component& store : design->components())
            if (isStoreOfRecord(store.kind))
                QVERIFY2(centreOf(layout, entry->id).x < centreOf(layout, store.id).x,
                         qPrintable(QString::fromStdString(entry->id + " / " + store.id)));

    // No two cards overlap.
    for (std::size_t i = 0; i < layout.components.size(); ++i)
        for (std::size_t j = i + 1; j < layout.components.size(); ++j)
            QVERIFY2(!overlaps(cardAt(layout.components[i].position),
                               cardAt(layout.components[j].position)),
                     qPrintable(QString::fromStdString(layout.components[i].id + " / " +
                                                       layout.components[j].id)));

    // Members inside their container, below its header.
    for (const Group& group : design->groups()) {
        Rect body = rectOf(layout, group.id);
        body.y += kSizes.groupHeader;
        body.h -= kSizes.groupHeader;
        for (const ElementId& member : group.members)
            QVERIFY2(inside(cardAt(centreOf(layout, member)), body),
                     qPrintable(QString::fromStdString(member + " in " + group.id)));
    }

    // A card that belongs to no container lies outside every container.
    for (const Component& c : design->components()) {
        if (!design->groupsOf(c.id).empty())
            continue;
        for (const GroupPlacement& g : layout.groups)
            QVERIFY2(!overlaps(cardAt(centreOf(layout, c.id)), g.rect),
                     qPrintable(QString::fromStdString(c.id + " under " + g.id)));
    }
}

void tst_FlowLayout::placesDesignsWithoutPositions() {
    DesignData data;
    for (const char* id : {"db", "api", "users", "lb"}) // not in flow order on purpose
        data.components.push_back(testing::component(id, 0, 0));
    data.components[0].kind = ComponentKind::SqlStore;
    data.components[1].kind = ComponentKind::Service;
    data.components[2].kind = ComponentKind::Client;
    data.components[3].kind = ComponentKind::LoadBalancer;
    data.connections = {testing::connection("c1", "users", "lb"),
                        testing::connection("c2", "lb", "api"),
                        testing::connection("c3", "api", "db")};
    const Design design(std::move(data));
    const FlowLayout layout = layOutFlow(design, kSizes);
    const double users = centreOf(layout, "users").x;
    const double lb = centreOf(layout, "lb").x;
    const double api = centreOf(layout, "api").x;
    const double db = centreOf(layout, "db").x;
    QVERIFY(users < lb);
    QVERIFY(lb < api);
    QVERIFY(api < db);
    // One row: a straight chain stays level.
    QCOMPARE(centreOf(layout, "users").y, centreOf(layout, "db").y);
}

void tst_FlowLayout::nestsZonesInRegions() {
    DesignData data;
    for (const char* id : {"a", "b", "c"})
        data.components.push_back(testing::component(id, 0, 0));
    data.connections = {testing::connection("c1", "a", "b"), testing::connection("c2", "b", "c")};
    Group region = testing::eastRegion({"a", "b", "c"});
    Group zone = testing::eastRegion({"b", "c"});
    zone.id = "z";
    zone.kind = GroupKind::Zone;
    Group empty = testing::eastRegion({});
    empty.id = "e";
    empty.kind = GroupKind::Boundary;
    data.groups = {zone, region, empty}; // inner first: order must not matter
    const Design design(std::move(data));
    const FlowLayout layout = layOutFlow(design, kSizes);
    const Rect outer = rectOf(layout, "g");
    const Rect inner = rectOf(layout, "z");
    QVERIFY(inside(inner, outer));
    QVERIFY(inner.w < outer.w);
    QVERIFY(!inside(cardAt(centreOf(layout, "a")), inner));
    QVERIFY(inside(cardAt(centreOf(layout, "b")), inner));
    // An empty container keeps its size and a place of its own.
    const Rect alone = rectOf(layout, "e");
    QVERIFY(alone.w >= 400);
    QVERIFY(!overlaps(alone, outer));
}

void tst_FlowLayout::keepsTheDrawingInPlace() {
    DesignData data;
    data.components = {testing::component("a", 1000, 500), testing::component("b", 1400, 900)};
    data.connections = {testing::connection("c1", "a", "b")};
    const Design design(std::move(data));
    const FlowLayout layout = layOutFlow(design, kSizes);
    double left = 1e9;
    double top = 1e9;
    for (const Placement& p : layout.components) {
        left = std::min(left, cardAt(p.position).x);
        top = std::min(top, cardAt(p.position).y);
    }
    QCOMPARE(left, 1000 - kSizes.cardWidth / 2);
    QCOMPARE(top, 500 - kSizes.cardHeight / 2);
}

void tst_FlowLayout::putsNotesBelow() {
    DesignData data;
    data.components = {testing::component("a", 0, 0), testing::component("b", 0, 0)};
    data.notes = {testing::note(0, 0)};
    const Design design(std::move(data));
    const FlowLayout layout = layOutFlow(design, kSizes);
    QCOMPARE(layout.notes.size(), std::size_t{1});
    for (const Placement& p : layout.components)
        QVERIFY(layout.notes[0].position.y - kSizes.noteHeight / 2 >
                p.position.y + kSizes.cardHeight / 2);
}

QTEST_APPLESS_MAIN(tst_FlowLayout)
#include "tst_flowlayout.moc"
