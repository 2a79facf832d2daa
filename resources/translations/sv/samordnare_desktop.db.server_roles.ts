<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>server</name>
        <message>
            <source>Not a usable login name: {login}. Use small letters a-z, digits, '.', '_' or '-', beginning with a letter (e.g. anna.berg).</source>
            <translation>Inget användbart inloggningsnamn: {login}. Använd små bokstäver a–z, siffror, '.', '_' eller '-' och börja med en bokstav (t.ex. anna.berg).</translation>
        </message>
        <message>
            <source>The password must have at least 12 characters.</source>
            <translation>Lösenordet måste ha minst 12 tecken.</translation>
        </message>
        <message>
            <source>The team server has no Samordnare roles yet, and this user may not create roles. Ask the server's administrator to run this once.</source>
            <translation>Teamservern har ännu inga Samordnare-roller och den här användaren får inte skapa roller. Be serverns administratör köra detta en gång.</translation>
        </message>
        <message>
            <source>{login} administers the team server; its role is not changed here.</source>
            <translation>{login} administrerar teamservern; dess roll ändras inte här.</translation>
        </message>
        <message>
            <source>The team server refuses this: your role may not see or change it (the reading role sees no participants, persons or contacts). Ask the coordinator if you need more.</source>
            <translation>Teamservern nekar: din roll får inte se eller ändra detta (läsrollen ser inga deltagare, personer eller kontakter). Fråga samordnaren om du behöver mer.</translation>
        </message>
    </context>
</TS>
