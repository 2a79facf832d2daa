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
            <source>Questions</source>
            <translation>Frågor</translation>
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
            <source>Retire</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <source>Take the question out of use: new visits no longer get it, visits that explored it keep it, and its number is never reused.</source>
            <translation>Ta frågan ur bruk: nya besök får den inte längre, besök som har tagit upp den behåller den och numret återanvänds aldrig.</translation>
        </message>
        <message>
            <source>Show retired</source>
            <translation>Visa avslutade</translation>
        </message>
        <message>
            <source>Question {number}: {text}</source>
            <translation>Fråga {number}: {text}</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>(förvald)</translation>
        </message>
        <message>
            <source>(retired)</source>
            <translation>(avslutad)</translation>
        </message>
        <message>
            <source>Reinstate</source>
            <translation>Återinför</translation>
        </message>
        <message>
            <source>Retire question</source>
            <translation>Avsluta fråga</translation>
        </message>
        <message>
            <source>Retire question {number}?

{text}

New visits will no longer get it; visits that explored it keep it. Its number is never given to another question. You can reinstate it under “Show retired”.</source>
            <translation>Avsluta fråga {number}?

{text}

Nya besök får den inte längre; besök som har tagit upp den behåller den. Numret ges aldrig till någon annan fråga. Du kan återinföra den under ”Visa avslutade”.</translation>
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
