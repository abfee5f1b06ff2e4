#include "critiquepreferences.h"

#include "critique/ruleregistry.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <QSettings>
#include <QStringList>

namespace archboard {

namespace {

const QString kDisabledKey = QStringLiteral("critique/disabled");
const QString kSeverityGroup = QStringLiteral("critique/severity");

} // namespace

CritiquePreferences& CritiquePreferences::instance() {
    static CritiquePreferences preferences;
    return preferences;
}

CritiqueOptions CritiquePreferences::options() const {
    const QSettings settings;
    CritiqueOptions options;
    // Only ids this build knows: a preference for a retired rule is ignored.
    for (const QString& rule : settings.value(kDisabledKey).toStringList())
        if (findRule(rule.toStdString()))
            options.userDisabled.push_back(rule.toStdString());
    for (const Rule* rule : allRules()) {
        const QString key = kSeverityGroup + QLatin1Char('/') + toQString(rule->id());
        const auto severity =
            enumFromString<Severity>(settings.value(key).toString().toStdString());
        if (severity)
            options.userSeverity.emplace(std::string(rule->id()), *severity);
    }
    return options;
}

void CritiquePreferences::setDisabled(std::string_view rule, bool disabled) {
    QSettings settings;
    QStringList rules = settings.value(kDisabledKey).toStringList();
    const QString id = toQString(rule);
    rules.removeAll(id);
    if (disabled)
        rules.append(id);
    rules.sort();
    if (rules.isEmpty())
        settings.remove(kDisabledKey);
    else
        settings.setValue(kDisabledKey, rules);
    Q_EMIT changed();
}

void CritiquePreferences::setSeverity(std::string_view rule, std::optional<Severity> severity) {
    QSettings settings;
    const QString key = kSeverityGroup + QLatin1Char('/') + toQString(rule);
    if (severity)
        settings.setValue(key, toQString(toString(*severity)));
    else
        settings.remove(key);
    Q_EMIT changed();
}

void CritiquePreferences::setOptions(const CritiqueOptions& wanted) {
    CritiqueOptions current = options();
    std::vector<std::string> disabled = wanted.userDisabled;
    std::sort(disabled.begin(), disabled.end());
    std::sort(current.userDisabled.begin(), current.userDisabled.end());
    if (current.userDisabled == disabled && current.userSeverity == wanted.userSeverity)
        return;
    QSettings settings;
    QStringList rules;
    for (const std::string& rule : wanted.userDisabled)
        rules.append(toQString(rule));
    rules.sort();
    rules.removeDuplicates();
    if (rules.isEmpty())
        settings.remove(kDisabledKey);
    else
        settings.setValue(kDisabledKey, rules);
    settings.remove(kSeverityGroup);
    for (const auto& [rule, severity] : wanted.userSeverity)
        settings.setValue(kSeverityGroup + QLatin1Char('/') + toQString(rule),
                          toQString(toString(severity)));
    Q_EMIT changed();
}

void CritiquePreferences::reset() {
    QSettings settings;
    settings.remove(kDisabledKey);
    settings.remove(kSeverityGroup);
    Q_EMIT changed();
}

} // namespace archboard
