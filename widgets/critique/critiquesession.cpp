#include "critiquesession.h"

#include "widgets/critique/critiquepreferences.h"
#include "widgets/document/designdocument.h"

#include <QTimer>

namespace archboard {

CritiqueSession::CritiqueSession(DesignDocument* document)
    : QObject(document)
    , m_document(document)
    , m_preferences(CritiquePreferences::instance().options())
    , m_pending(new QTimer(this)) {
    // Coalesce a burst of edits (a paste, an undo macro) into one run.
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &CritiqueSession::runNow);
    connect(document, &DesignDocument::changed, this, &CritiqueSession::onDocumentChanged);
    connect(&CritiquePreferences::instance(), &CritiquePreferences::changed, this,
            &CritiqueSession::onPreferencesChanged);
    runNow();
}

CritiqueSession::~CritiqueSession() = default;

void CritiqueSession::runNow() {
    m_pending->stop();
    Q_EMIT findingsAboutToChange();
    m_groups.assign(m_critic.run(m_document->design().data(), m_preferences));
    ++m_runs;
    Q_EMIT findingsChanged();
}

void CritiqueSession::onDocumentChanged(const DesignChange& change) {
    // A design just opened is critiqued at once, so its first picture is
    // complete. No rule reads positions or sizes: a drag never re-runs the
    // critic; other edits share one run per turn of the event loop.
    if (change.reset)
        runNow();
    else if ((change.aspects & (Content | Structure)) != 0 || change.designInfo ||
             change.critiqueSettings) {
        if (!m_pending->isActive())
            m_pending->start();
    }
}

void CritiqueSession::onPreferencesChanged() {
    m_preferences = CritiquePreferences::instance().options();
    runNow();
}

} // namespace archboard
