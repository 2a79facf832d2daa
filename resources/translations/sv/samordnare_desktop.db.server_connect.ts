<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>server</name>
        <message>
            <source>Wrong user name or password for the team server {server}. Nothing was changed.</source>
            <translation>Fel användarnamn eller lösenord för teamservern {server}. Inget ändrades.</translation>
        </message>
        <message>
            <source>The team server {server} asks for a password, and none is saved: give it in Arkiv &gt; Team server, or set SAMORDNARE_SERVER_PASSWORD.</source>
            <translation>Teamservern {server} begär ett lösenord och inget är sparat: ange det under Arkiv &gt; Teamserver, eller sätt SAMORDNARE_SERVER_PASSWORD.</translation>
        </message>
        <message>
            <source>The team server {server} has no database by that name. Check the name, or ask its administrator to create it.</source>
            <translation>Teamservern {server} har ingen databas med det namnet. Kontrollera namnet eller be dess administratör skapa den.</translation>
        </message>
        <message>
            <source>The team server {server} no longer lets this login in: it has been deactivated. Ask the server's administrator to activate it again. Nothing was changed.</source>
            <translation>Teamservern {server} släpper inte längre in den här inloggningen: den är avstängd. Be serverns administratör att aktivera den igen. Ingenting ändrades.</translation>
        </message>
        <message>
            <source>The team server {server} does not let this user in from this computer. Ask its administrator.</source>
            <translation>Teamservern {server} släpper inte in den här användaren från den här datorn. Fråga dess administratör.</translation>
        </message>
        <message>
            <source>The user may not connect to this database on the team server {server}. Ask its administrator for a role.</source>
            <translation>Användaren får inte ansluta till den här databasen på teamservern {server}. Be dess administratör om en roll.</translation>
        </message>
        <message>
            <source>Refused: the team server {server} does not use SCRAM passwords (it asked for a plaintext or MD5 password, or for none). Ask its administrator to switch to scram-sha-256.</source>
            <translation>Nekat: teamservern {server} använder inte SCRAM-lösenord (den bad om ett lösenord i klartext eller MD5, eller inget alls). Be dess administratör byta till scram-sha-256.</translation>
        </message>
        <message>
            <source>Refused: the login to {server} could not be bound to the encrypted connection (someone may be in between, or the server does not offer SCRAM with channel binding).</source>
            <translation>Nekat: inloggningen till {server} kunde inte bindas till den krypterade anslutningen (någon kan finnas emellan, eller så erbjuder servern inte SCRAM med kanalbindning).</translation>
        </message>
        <message>
            <source>Refused: the team server {server} offers no encrypted connection (TLS). Ask its administrator to turn TLS on.</source>
            <translation>Nekat: teamservern {server} erbjuder ingen krypterad anslutning (TLS). Be dess administratör slå på TLS.</translation>
        </message>
        <message>
            <source>Refused: the team server {server} could not prove who it is (its certificate does not match or is not trusted). Check the host name, or give its CA certificate.</source>
            <translation>Nekat: teamservern {server} kunde inte bevisa vem den är (certifikatet stämmer inte eller är inte betrott). Kontrollera värdnamnet eller ange dess CA-certifikat.</translation>
        </message>
        <message>
            <source>The team server {server} did not answer within {seconds} seconds. Check the network and the address; the local database is untouched.</source>
            <translation>Teamservern {server} svarade inte inom {seconds} sekunder. Kontrollera nätverket och adressen; den lokala databasen är orörd.</translation>
        </message>
        <message>
            <source>The team server {server} cannot be found: the host name is unknown (or there is no network). The local database is untouched.</source>
            <translation>Teamservern {server} hittas inte: värdnamnet är okänt (eller så finns inget nätverk). Den lokala databasen är orörd.</translation>
        </message>
        <message>
            <source>The team server {server} is not accepting connections just now. Try again later.</source>
            <translation>Teamservern {server} tar inte emot anslutningar just nu. Försök igen senare.</translation>
        </message>
        <message>
            <source>The team server {server} cannot be reached (nothing answers there). Check the network and the address; the local database is untouched.</source>
            <translation>Teamservern {server} kan inte nås (inget svarar där). Kontrollera nätverket och adressen; den lokala databasen är orörd.</translation>
        </message>
    </context>
</TS>
