#pragma once

#include <QObject>

// Declared apart from its definitions so that moc reads only the class: the
// test bodies hold raw string literals that moc's preprocessor cannot parse.
class tst_DesignJson : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void canonicalOutput();
    void unknownKeysSurvive();
    void readerAcceptsAnyLayout();
    void integersMayBeWrittenAsFloats();
    void elementLines();
    void invalid_data();
    void invalid();
    void formatAndVersionAreTheOnlyMessage_data();
    void formatAndVersionAreTheOnlyMessage();
    void everyProblemIsReported();
    void problemsAreCappedAt100();
    void nestingLimit();
    void stringLimit();
    void componentLimit();
    void fileSizeCheckedBeforeReading();
    void unreadableFiles();
    void sqliteFileThatIsNotADocument();
    void saveIsAtomic();
    void garbageNeverCrashes();
};
