<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>TeamServerDialog</name>
        <message>
            <source>Team server</source>
            <translation>Teamserver</translation>
        </message>
        <message>
            <source>e.g. teamserver.example.se</source>
            <translation>t.ex. teamserver.example.se</translation>
        </message>
        <message>
            <source>your login on the server, e.g. anna.berg</source>
            <translation>din inloggning på servern, t.ex. anna.berg</translation>
        </message>
        <message>
            <source>Keep the password on this computer</source>
            <translation>Spara lösenordet på den här datorn</translation>
        </message>
        <message>
            <source>Automatic (verify-full over the network)</source>
            <translation>Automatiskt (verify-full över nätverket)</translation>
        </message>
        <message>
            <source>verify-full: encrypted, the server's certificate checked</source>
            <translation>verify-full: krypterat, serverns certifikat kontrolleras</translation>
        </message>
        <message>
            <source>verify-ca: encrypted, the certificate's issuer checked</source>
            <translation>verify-ca: krypterat, certifikatets utfärdare kontrolleras</translation>
        </message>
        <message>
            <source>require: encrypted, the certificate not checked</source>
            <translation>require: krypterat, certifikatet kontrolleras inte</translation>
        </message>
        <message>
            <source>disable: not encrypted (only on this computer)</source>
            <translation>disable: okrypterat (bara på den här datorn)</translation>
        </message>
        <message>
            <source>the team's own CA certificate (optional)</source>
            <translation>teamets eget CA-certifikat (valfritt)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Värd</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Databas</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Lösenord</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation>CA-certifikat</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Skydd</translation>
        </message>
        <message>
            <source>The team's shared PostgreSQL server: Synkronisera sends this computer's changes there and fetches the others'. Over the network the connection is always encrypted (TLS) and the password is checked with SCRAM.</source>
            <translation>Teamets gemensamma PostgreSQL-server: Synkronisera skickar den här datorns ändringar dit och hämtar de andras. Över nätverket är anslutningen alltid krypterad (TLS) och lösenordet kontrolleras med SCRAM.</translation>
        </message>
        <message>
            <source>&amp;Test the connection</source>
            <translation>&amp;Testa anslutningen</translation>
        </message>
        <message>
            <source>Forget the server</source>
            <translation>Glöm servern</translation>
        </message>
        <message>
            <source>Give the host first.</source>
            <translation>Ange värden först.</translation>
        </message>
        <message>
            <source>kept; type a new one to change it</source>
            <translation>sparat; skriv ett nytt för att byta</translation>
        </message>
        <message>
            <source>The team server's CA certificate</source>
            <translation>Teamserverns CA-certifikat</translation>
        </message>
        <message>
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>Certifikat (*.crt *.pem *.cer);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Testing the connection…</source>
            <translation>Testar anslutningen…</translation>
        </message>
        <message>
            <source>The team server is saved.</source>
            <translation>Teamservern är sparad.</translation>
        </message>
        <message>
            <source>The team server is forgotten (and its kept password).</source>
            <translation>Teamservern är bortglömd (och dess sparade lösenord).</translation>
        </message>
    </context>
</TS>
