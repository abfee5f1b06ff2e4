#pragma once

#include "critique/critic.h"

#include <optional>
#include <QObject>
#include <string_view>

namespace archboard {

// The user's own critic preferences, kept in QSettings: rules turned off and
// severities changed for this user only. A design's own critique settings win
// over these wherever both speak of a rule, so a shared file means the same to
// everyone who opens it; the CLI never reads them.
//
// They belong to the user, not to a document, so there is one instance, and
// every open document's critique follows changed() (as Tiled's Preferences).
class CritiquePreferences : public QObject {
    Q_OBJECT

public:
    static CritiquePreferences& instance();

    // Reads the settings: call once, and again after changed().
    CritiqueOptions options() const;

    void setDisabled(std::string_view rule, bool disabled);
    // Clears the user's severity for `rule` when `severity` is empty.
    void setSeverity(std::string_view rule, std::optional<Severity> severity);
    // Replaces every preference with `options`' userDisabled and
    // userSeverity (the Preferences dialog): one change, one re-run.
    void setOptions(const CritiqueOptions& options);
    // Forgets every preference.
    void reset();

Q_SIGNALS:
    void changed();

private:
    CritiquePreferences() = default;
};

} // namespace archboard
