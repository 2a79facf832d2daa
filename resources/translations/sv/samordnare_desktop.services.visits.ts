<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>municipalities</name>
        <message>
            <source>The municipality no longer exists.</source>
            <translation>Kommunen finns inte längre.</translation>
        </message>
    </context>
    <context>
        <name>visits</name>
        <message>
            <source>{count} organisations</source>
            <translation>{count} organisationer</translation>
        </message>
        <message>
            <source>Choose the municipality to visit.</source>
            <translation>Välj vilken kommun besöket gäller.</translation>
        </message>
        <message>
            <source>The visit must end after it starts.</source>
            <translation>Besöket måste sluta efter att det börjar.</translation>
        </message>
        <message>
            <source>The press meeting must end after it starts.</source>
            <translation>Pressträffen måste sluta efter att den börjar.</translation>
        </message>
        <message>
            <source>The visit no longer exists.</source>
            <translation>Besöket finns inte längre.</translation>
        </message>
        <message>
            <source>Every organisation chosen for this meeting has been deleted. Choose an organisation that exists, or none.</source>
            <translation>Alla organisationer som valts för mötet har tagits bort. Välj en organisation som finns, eller ingen.</translation>
        </message>
        <message>
            <source>{names}: deleted from the register, so not to be tied to a meeting anew. Untick it, or restore it in Organisationer.</source>
            <translation>{names}: borttagen ur registret och kan inte knytas till ett möte på nytt. Bocka ur den eller återställ den under Organisationer.</translation>
        </message>
        <message>
            <source>This first visit has follow-ups ({days}) that point to it, so it cannot become “{kind}”. Delete the follow-ups or plan the meeting as a new one.</source>
            <translation>Det här första besöket har uppföljningsbesök ({days}) som hänvisar till det, så det kan inte bli ”{kind}”. Ta bort uppföljningsbesöken eller planera mötet som ett nytt.</translation>
        </message>
        <message>
            <source>A focus group ticked no longer exists.</source>
            <translation>En ikryssad fokusgrupp finns inte längre.</translation>
        </message>
        <message>
            <source>The question no longer exists.</source>
            <translation>Frågan finns inte längre.</translation>
        </message>
        <message>
            <source>Question {number} is retired and cannot be added to a visit.</source>
            <translation>Fråga {number} är avslutad och kan inte läggas till på ett besök.</translation>
        </message>
    </context>
</TS>
