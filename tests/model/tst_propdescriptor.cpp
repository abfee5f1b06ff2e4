// The table of component props: complete, consistent with the kinds that
// list each prop, and the one description the reader and writer follow, so
// every value a row allows reads back as written and every value outside
// its range is refused.

#include "model/json/designjson.h"
#include "model/propdescriptor.h"

#include <algorithm>
#include <cmath>
#include <QTest>
#include <set>
#include <string>

using namespace archboard;

namespace {

constexpr std::size_t kKeyCount = static_cast<std::size_t>(PropKey::Sla) + 1;
constexpr std::size_t kKindCount = enumCount<ComponentKind>();

std::vector<ComponentKind> kindsListing(const PropDescriptor& prop) {
    std::vector<ComponentKind> out;
    for (std::size_t k = 0; k < kKindCount; ++k) {
        const auto kind = static_cast<ComponentKind>(k);
        if (propDescriptor(kind, prop.key) == &prop)
            out.push_back(kind);
    }
    return out;
}

// Values the row allows, each set on its own copy of empty props.
std::vector<ComponentProps> validSamples(const PropDescriptor& prop) {
    std::vector<ComponentProps> out;
    std::visit(
        [&]<typename T>(PropMember<T> member) {
            auto add = [&](T value) {
                ComponentProps props;
                props.*member = std::move(value);
                out.push_back(std::move(props));
            };
            if constexpr (std::is_same_v<T, bool>) {
                add(true);
                add(false);
            } else if constexpr (std::is_same_v<T, double>) {
                if (!prop.range.exclusiveMin)
                    add(prop.range.min);
                add(prop.range.max);
                add(prop.range.min + 0.5);
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                add(static_cast<std::int64_t>(prop.range.min));
                add(static_cast<std::int64_t>(prop.range.max));
            } else if constexpr (std::is_same_v<T, std::string>) {
                add("user_id");
                add("");
            } else if constexpr (std::is_enum_v<T>) {
                for (std::size_t i = 0; i < enumCount<T>(); ++i)
                    add(static_cast<T>(i));
            } else if constexpr (std::is_same_v<T, std::vector<Signal>>) {
                add({Signal::Traces, Signal::Metrics});
                add({Signal::Metrics, Signal::Logs, Signal::Traces, Signal::Alerts});
                add({});
            } else {
                add(DeadLetter(true));
                add(DeadLetter(false));
                add(DeadLetter(ElementId("dlq")));
            }
        },
        prop.field);
    return out;
}

// A design of one component of `kind` with `props`, and a queue its dead
// letter may name.
DesignData designWith(ComponentKind kind, const ComponentProps& props) {
    DesignData design;
    Component c;
    c.id = "c";
    c.kind = kind;
    c.props = props;
    design.components.push_back(c);
    Component queue;
    queue.id = "dlq";
    queue.kind = ComponentKind::Queue;
    design.components.push_back(queue);
    return design;
}

std::string problemsText(const LoadResult& result) {
    std::string out;
    for (const Problem& p : result.problems)
        out += p.where + ": " + p.what + "\n";
    return out;
}

} // namespace

class tst_PropDescriptor : public QObject {
    Q_OBJECT

private slots:
    void everyKeyHasARow();
    void everyListedPropHasOneRow();
    void rowsAreSane();
    void everyRowRoundTrips();
    void outOfRangeIsRefused();
};

void tst_PropDescriptor::everyKeyHasARow() {
    std::set<std::size_t> seen;
    for (const PropDescriptor& prop : propDescriptors())
        seen.insert(static_cast<std::size_t>(prop.key));
    QCOMPARE(seen.size(), kKeyCount);
    for (std::size_t i = 0; i < kKeyCount; ++i) {
        const auto key = static_cast<PropKey>(i);
        const std::string_view name = propName(key);
        QVERIFY(!name.empty());
        QVERIFY(propKeyFromName(name) == key);
    }
    QVERIFY(!propKeyFromName("no_such_prop"));
}

void tst_PropDescriptor::everyListedPropHasOneRow() {
    for (std::size_t k = 0; k < kKindCount; ++k) {
        const auto kind = static_cast<ComponentKind>(k);
        std::set<std::string_view> labels;
        for (std::size_t i = 0; i < kKeyCount; ++i) {
            const auto key = static_cast<PropKey>(i);
            const PropDescriptor* prop = propDescriptor(kind, key);
            QCOMPARE(prop != nullptr, kindHasProp(kind, key));
            if (!prop)
                continue;
            QVERIFY(prop->key == key);
            QCOMPARE(prop->name, propName(key));
            QVERIFY(!prop->onlyOn || *prop->onlyOn == kind);
            QVERIFY2(labels.insert(prop->label).second, prop->label); // one label, one field
        }
    }
    // A row no kind lists would be dead; a name with two meanings names the kind of each.
    for (const PropDescriptor& prop : propDescriptors()) {
        QVERIFY2(!kindsListing(prop).empty(), prop.label);
        const auto sameName =
            std::count_if(propDescriptors().begin(), propDescriptors().end(),
                          [&](const PropDescriptor& other) { return other.key == prop.key; });
        QCOMPARE(sameName > 1, prop.onlyOn.has_value());
    }
}

void tst_PropDescriptor::rowsAreSane() {
    std::vector<PropField> fields;
    for (const PropDescriptor& prop : propDescriptors()) {
        const QByteArray name(prop.name.data(), static_cast<qsizetype>(prop.name.size()));
        QVERIFY2(std::find(fields.begin(), fields.end(), prop.field) == fields.end(),
                 name); // one row per member
        fields.push_back(prop.field);
        QVERIFY2(prop.label && *prop.label, name);
        QVERIFY2(!prop.hint || *prop.hint, name);
        const PropType type = prop.type();
        if (type == PropType::Number || type == PropType::Integer) {
            QVERIFY2(std::isfinite(prop.range.min) && std::isfinite(prop.range.max), name);
            QVERIFY2(prop.range.min < prop.range.max, name);
            QVERIFY2(prop.range.min >= 0 && prop.range.max <= range::kMaxNumber, name);
            if (type == PropType::Integer)
                QVERIFY2(prop.range.max <= range::kMaxCount && !prop.range.exclusiveMin, name);
        } else {
            QVERIFY2(prop.range == NumberRange{}, name);
            QVERIFY2(prop.unit.empty(), name);
        }
        // What absence means is a value of the prop's own type.
        if (!prop.absentMeans.empty())
            std::visit(
                [&]<typename T>(PropMember<T>) {
                    if constexpr (std::is_same_v<T, bool>)
                        QVERIFY2(prop.absentMeans == "true" || prop.absentMeans == "false", name);
                    else if constexpr (std::is_enum_v<T>)
                        QVERIFY2(enumFromString<T>(prop.absentMeans).has_value(), name);
                    else
                        QFAIL(name.constData());
                },
                prop.field);
    }
}

void tst_PropDescriptor::everyRowRoundTrips() {
    for (const PropDescriptor& prop : propDescriptors()) {
        for (const ComponentKind kind : kindsListing(prop)) {
            for (const ComponentProps& props : validSamples(prop)) {
                const DesignData design = designWith(kind, props);
                const Json written = designToJson(design)["components"][0]["props"];
                QVERIFY2(written.contains(prop.name), written.dump().c_str());
                QCOMPARE(written.size(), std::size_t{1});
                const LoadResult loaded = readDesignJson(writeDesignJson(design));
                QVERIFY2(loaded.ok(), problemsText(loaded).c_str());
                QVERIFY2(loaded.design->components[0].props == props, written.dump().c_str());
            }
        }
    }
}

void tst_PropDescriptor::outOfRangeIsRefused() {
    for (const PropDescriptor& prop : propDescriptors()) {
        const PropType type = prop.type();
        if (type != PropType::Number && type != PropType::Integer)
            continue;
        const ComponentKind kind = kindsListing(prop).front();
        for (const double bad : {prop.range.max * 2, prop.range.min - 1}) {
            Json root = designToJson(designWith(kind, {}));
            root["components"][0]["props"][std::string(prop.name)] = bad;
            const LoadResult loaded = readDesignJson(writeJsonText(root));
            QVERIFY(!loaded.ok());
            QCOMPARE(loaded.problems.size(), std::size_t{1});
            QCOMPARE(loaded.problems[0].where, "components[0].props." + std::string(prop.name));
            const std::string expected =
                bad > prop.range.max ? "must be at most" : "must be at least";
            QVERIFY2(loaded.problems[0].what.starts_with(expected),
                     loaded.problems[0].what.c_str());
        }
    }
}

QTEST_APPLESS_MAIN(tst_PropDescriptor)
#include "tst_propdescriptor.moc"
