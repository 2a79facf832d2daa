<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>users</name>
        <message>
            <source>{name}'s login {login} on the team server was not enabled: your login may not change logins. Ask the server's administrator.</source>
            <translation>{name}s inloggning {login} på teamservern aktiverades inte: din inloggning får inte ändra inloggningar. Be serverns administratör.</translation>
        </message>
        <message>
            <source>{name}'s login {login} on the team server still works: your login may not change logins. Ask the server's administrator to disable it (ALTER ROLE {login} NOLOGIN).</source>
            <translation>{name}s inloggning {login} på teamservern fungerar fortfarande: din inloggning får inte ändra inloggningar. Be serverns administratör att stänga av den (ALTER ROLE {login} NOLOGIN).</translation>
        </message>
        <message>
            <source>{name}'s login {login} on the team server works again.</source>
            <translation>{name}s inloggning {login} på teamservern fungerar igen.</translation>
        </message>
        <message>
            <source>{name}'s login {login} on the team server is disabled.</source>
            <translation>{name}s inloggning {login} på teamservern är avstängd.</translation>
        </message>
        <message>
            <source>{name} is deactivated here and on the team server's list with the next sync, but a login of theirs on the team server is not changed from this computer: disable it with Arkiv → Användare opened on the server as its owner, or ask its administrator.</source>
            <translation>{name} är inaktiverad här och i teamserverns lista efter nästa synkronisering, men en inloggning som personen har på teamservern ändras inte från den här datorn: stäng av den under Arkiv → Användare öppnat mot servern som dess ägare, eller be dess administratör.</translation>
        </message>
    </context>
</TS>
