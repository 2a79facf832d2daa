<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>QuestionCatalogueDialog</name>
        <message>
            <source>Question catalogue</source>
            <translation>Frågekatalog</translation>
        </message>
        <message>
            <source>The questions the visits explore. Numbers never change, so agendas and minutes can refer to “Question 2”.</source>
            <translation>Frågorna som besöken undersöker. Numren ändras aldrig, så dagordningar och minnesanteckningar kan hänvisa till ”Fråga 2”.</translation>
        </message>
        <message>
            <source>Add question…</source>
            <translation>Lägg till fråga…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Question {number}: {text}</source>
            <translation>Fråga {number}: {text}</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>(förvald)</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <source>Edit question {number}</source>
            <translation>Redigera fråga {number}</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Ny fråga</translation>
        </message>
        <message>
            <source>The question, e.g. How is the child's view heard?</source>
            <translation>Frågan, t.ex. Hur tas barnets synpunkter till vara?</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Fråga</translation>
        </message>
        <message>
            <source>Ticked on new first and follow-up visits</source>
            <translation>Förvald på nya första besök och uppföljningsbesök</translation>
        </message>
    </context>
</TS>
