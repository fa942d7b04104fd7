<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: Der Ordner %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <source>%1: cannot lock</source>
        <translation>%1: Sperren nicht möglich</translation>
    </message>
</context>
<context>
    <name>CertificateExport</name>
    <message>
        <source>subject</source>
        <extracomment>Row labels of the plain-text certificate table (certs --format table).</extracomment>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>SAN</source>
        <translation>SAN</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>%1 (site %2)</source>
        <translation>%1 (Standort %2)</translation>
    </message>
    <message>
        <source>%1, server %2 (site %3)</source>
        <translation>%1, Server %2 (Standort %3)</translation>
    </message>
    <message>
        <source>public CA</source>
        <translation>öffentliche Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>internal CA</source>
        <translation>interne Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>exportable key</source>
        <translation>exportierbarer Schlüssel</translation>
    </message>
    <message>
        <source>key not exportable</source>
        <translation>Schlüssel nicht exportierbar</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Microsoft allows a wildcard SAN (*.&lt;SIP domain&gt;) in place of the simple URLs and Autodiscover names of a domain, never as the subject; test desk phones with it first.</source>
        <translation>Microsoft lässt einen Platzhalter-SAN (*.&lt;SIP-Domäne&gt;) anstelle der einfachen URLs und AutoErmittlungsnamen einer Domäne zu, niemals als Antragsteller; testen Sie Tischtelefone vorher damit.</translation>
    </message>
    <message>
        <source>No wildcard: Microsoft does not support one here.</source>
        <translation>Kein Platzhalter: Microsoft unterstützt hier keinen.</translation>
    </message>
    <message>
        <source>%1: the _sipinternaltls._tcp target inside the SIP domain (strict DNS name matching); the certificate wizard does not add it, add it by hand.</source>
        <translation>%1: das Ziel von _sipinternaltls._tcp innerhalb der SIP-Domäne (strenger DNS-Namensabgleich); der Zertifikat-Assistent fügt es nicht hinzu, fügen Sie es manuell hinzu.</translation>
    </message>
    <message>
        <source>Default, web internal and web external may be one certificate with the names of all three (Set-CsCertificate -Type Default,WebServicesInternal,WebServicesExternal).</source>
        <translation>Standard, interne und externe Webdienste können ein einziges Zertifikat mit den Namen aller drei sein (Set-CsCertificate -Type Default,WebServicesInternal,WebServicesExternal).</translation>
    </message>
    <message>
        <source>Every Meet, Dial-in and Admin URL and lyncdiscoverinternal.&lt;SIP domain&gt;, on every pool: any pool may answer them (a paired pool, a changed web pool).</source>
        <translation>Jede Besprechungs-, Einwahl- und Verwaltungs-URL sowie lyncdiscoverinternal.&lt;SIP-Domäne&gt;, auf jedem Pool: Jeder Pool kann sie beantworten (ein gekoppelter Pool, ein geänderter Pool der Webdienste).</translation>
    </message>
    <message>
        <source>ucupdates-r2.&lt;SIP domain&gt;: desk phones that have never signed in find the Device Update Web service under it; Microsoft&apos;s tables leave it out, it costs nothing on an internal certificate.</source>
        <translation>ucupdates-r2.&lt;SIP-Domäne&gt;: Tischtelefone, die sich noch nie angemeldet haben, finden darunter den Geräteupdate-Webdienst; die Tabellen von Microsoft lassen den Namen weg, auf einem internen Zertifikat kostet er nichts.</translation>
    </message>
    <message>
        <source>The reverse proxy forwards the external web services, the Meet and Dial-in URLs and lyncdiscover.&lt;SIP domain&gt; to this site under these names; no Admin URL (it is internal only).</source>
        <translation>Der Reverseproxy leitet die externen Webdienste, die Besprechungs- und Einwahl-URLs und lyncdiscover.&lt;SIP-Domäne&gt; unter diesen Namen an diesen Standort weiter; keine Verwaltungs-URL (sie ist nur intern).</translation>
    </message>
    <message>
        <source>One certificate for the pool, its key exported onto every Edge server. Microsoft&apos;s table gives it a subject only; the pool name and each Edge server&apos;s FQDN (which the Central Management store replicates to) are its SAN.</source>
        <translation>Ein Zertifikat für den Pool, sein Schlüssel wird auf jeden Edgeserver exportiert. Die Tabelle von Microsoft nennt nur einen Antragsteller; der Poolname und der FQDN jedes Edgeservers (an den der zentrale Verwaltungsspeicher repliziert) bilden den SAN.</translation>
    </message>
    <message>
        <source>A wildcard is allowed here but of no use (Microsoft).</source>
        <translation>Ein Platzhalter ist hier zulässig, aber nutzlos (Microsoft).</translation>
    </message>
    <message>
        <source>One public certificate for the Access, Web Conferencing and A/V authentication services, the same certificate and private key on every Edge server of the pool.</source>
        <translation>Ein öffentliches Zertifikat für den Zugriffs-Edgedienst, den Webkonferenz-Edgedienst und die A/V-Authentifizierung: dasselbe Zertifikat mit demselben privaten Schlüssel auf jedem Edgeserver des Pools.</translation>
    </message>
    <message>
        <source>The A/V Edge name %1 is left off: the A/V Edge service uses neither subject nor SAN (Microsoft&apos;s Edge certificate table). Lync Server 2013&apos;s planning page asks for it; adding it does no harm.</source>
        <translation>Der A/V-Edge-Name %1 fehlt absichtlich: Der A/V-Edgedienst verwendet weder Antragsteller noch SAN (Edge-Zertifikattabelle von Microsoft). Die Planungsseite von Lync Server 2013 verlangt ihn; ihn hinzuzufügen schadet nicht.</translation>
    </message>
    <message>
        <source>XMPP: Microsoft&apos;s table also adds *.&lt;SIP domain&gt;; add it only if an XMPP partner asks for it.</source>
        <translation>XMPP: Die Tabelle von Microsoft fügt auch *.&lt;SIP-Domäne&gt; hinzu; fügen Sie den Namen nur hinzu, wenn ein XMPP-Partner ihn verlangt.</translation>
    </message>
    <message>
        <source>The public certificate of the proxy&apos;s HTTPS listener; exportable, so the request can be made on another computer and the certificate installed on every node of the proxy.</source>
        <translation>Das öffentliche Zertifikat des HTTPS-Listeners des Proxys; exportierbar, damit die Anforderung auf einem anderen Computer erstellt und das Zertifikat auf jedem Knoten des Proxys installiert werden kann.</translation>
    </message>
    <message>
        <source>Microsoft allows a wildcard SAN (*.&lt;SIP domain&gt;) in place of the Meet, Dial-in and lyncdiscover names of a domain, never as the subject.</source>
        <translation>Microsoft lässt einen Platzhalter-SAN (*.&lt;SIP-Domäne&gt;) anstelle der Besprechungs-, Einwahl- und lyncdiscover-Namen einer Domäne zu, niemals als Antragsteller.</translation>
    </message>
    <message>
        <source>lyncdiscover.&lt;SIP domain&gt; for every SIP domain (Autodiscover over HTTPS; publishing it over HTTP on port 80 instead is supported but not recommended).</source>
        <translation>lyncdiscover.&lt;SIP-Domäne&gt; für jede SIP-Domäne (AutoErmittlung über HTTPS; die Veröffentlichung stattdessen über HTTP an Port 80 wird unterstützt, aber nicht empfohlen).</translation>
    </message>
    <message>
        <source>Front Ends reach the farm under its internal name, the reverse proxy forwards its external name to it; a load-balanced farm has the same certificate on every member (exportable key), with each member&apos;s FQDN.</source>
        <translation>Front-End-Server erreichen die Farm unter ihrem internen Namen, der Reverseproxy leitet ihren externen Namen an sie weiter; eine Farm mit Lastenausgleich hat auf jedem Mitglied dasselbe Zertifikat (exportierbarer Schlüssel), mit dem FQDN jedes Mitglieds.</translation>
    </message>
    <message>
        <source>Branch site %1. Microsoft&apos;s table: sip.&lt;SIP domain&gt; for every SIP domain (clients sign in to the appliance when the central pool is down); its own FQDN is repeated in the SAN.</source>
        <translation>Zweigstellenstandort %1. Tabelle von Microsoft: sip.&lt;SIP-Domäne&gt; für jede SIP-Domäne (Clients melden sich bei der Appliance an, wenn der zentrale Pool ausgefallen ist); ihr eigener FQDN wird im SAN wiederholt.</translation>
    </message>
    <message>
        <source>The sign-in pool: internal clients and desk phones reach it as sip.&lt;SIP domain&gt; (and sipinternal.&lt;SIP domain&gt;) in internal DNS, so these names are on it for every SIP domain. The wizard offers sip.&lt;SIP domain&gt;; add sipinternal.&lt;SIP domain&gt; by hand.</source>
        <translation>Der Anmeldepool: Interne Clients und Tischtelefone erreichen ihn im internen DNS als sip.&lt;SIP-Domäne&gt; (und sipinternal.&lt;SIP-Domäne&gt;), daher stehen diese Namen für jede SIP-Domäne im Zertifikat. Der Assistent bietet sip.&lt;SIP-Domäne&gt; an; fügen Sie sipinternal.&lt;SIP-Domäne&gt; manuell hinzu.</translation>
    </message>
    <message>
        <source>The wizard adds the access and web conferencing names and, on its SIP domain page, sip.&lt;SIP domain&gt;; add %1 by hand: clients and partners reach the Access Edge under them.</source>
        <translation>Der Assistent fügt die Namen für Zugriff und Webkonferenz sowie auf seiner Seite für SIP-Domänen sip.&lt;SIP-Domäne&gt; hinzu; fügen Sie %1 manuell hinzu: Clients und Partner erreichen den Zugriffs-Edgedienst unter diesen Namen.</translation>
    </message>
    <message>
        <source>Front End, Default</source>
        <translation>Front-End, Standard</translation>
    </message>
    <message>
        <source>Front End, web internal</source>
        <translation>Front-End, Webdienste intern</translation>
    </message>
    <message>
        <source>Front End, web external</source>
        <translation>Front-End, Webdienste extern</translation>
    </message>
    <message>
        <source>Director, Default</source>
        <translation>Director, Standard</translation>
    </message>
    <message>
        <source>Director, web internal</source>
        <translation>Director, Webdienste intern</translation>
    </message>
    <message>
        <source>Director, web external</source>
        <translation>Director, Webdienste extern</translation>
    </message>
    <message>
        <source>Edge, internal</source>
        <translation>Edge, intern</translation>
    </message>
    <message>
        <source>Edge, external</source>
        <translation>Edge, extern</translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation>Reverseproxy</translation>
    </message>
    <message>
        <source>Office Web Apps</source>
        <translation>Office Web Apps</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Survivable Branch Appliance</source>
        <translation>Survivable Branch Appliance</translation>
    </message>
</context>
<context>
    <name>CheckClassifier</name>
    <message>
        <source>no answer within the timeout; nothing is known about this record</source>
        <translation>keine Antwort (Zeitüberschreitung); über diesen Eintrag ist nichts bekannt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the server failed: %1</source>
        <translation>Serverfehler: %1</translation>
    </message>
    <message>
        <source>does not resolve here (refused)</source>
        <translation>wird hier nicht aufgelöst (abgelehnt)</translation>
    </message>
    <message>
        <source>the server refused the query: it holds no zone for this name</source>
        <translation>der Server hat die Abfrage abgelehnt: er hat keine Zone für diesen Namen</translation>
    </message>
    <message>
        <source>does not resolve here, as it must not</source>
        <translation>wird hier wie gefordert nicht aufgelöst</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>der Name existiert nicht</translation>
    </message>
    <message>
        <source>the name exists but has no %1 record</source>
        <translation>der Name existiert, hat aber keinen %1-Eintrag</translation>
    </message>
    <message>
        <source>resolves here although it must stay internal (%1)</source>
        <translation>wird hier aufgelöst, obwohl er intern bleiben muss (%1)</translation>
    </message>
    <message>
        <source>no %1 record</source>
        <translation>kein %1-Eintrag</translation>
    </message>
    <message>
        <source>the CNAME chain ends without a %1 record</source>
        <translation>die CNAME-Kette endet ohne %1-Eintrag</translation>
    </message>
    <message>
        <source>the SRV target %1 is a CNAME; it must have its own A/AAAA records (R-SRV2)</source>
        <translation>das SRV-Ziel %1 ist ein CNAME-Eintrag; es muss eigene A-/AAAA-Einträge haben (R-SRV2)</translation>
    </message>
    <message>
        <source>through CNAME %1</source>
        <translation>über CNAME %1</translation>
    </message>
    <message>
        <source>none of the expected values is there</source>
        <translation>keiner der erwarteten Werte ist vorhanden</translation>
    </message>
    <message>
        <source>every expected value is there, plus %1 more</source>
        <translation>alle erwarteten Werte sind vorhanden, dazu %1 weitere</translation>
    </message>
    <message>
        <source>%1 of %2 expected values are there</source>
        <translation>%1 von %2 erwarteten Werten sind vorhanden</translation>
    </message>
    <message>
        <source>the answer cannot be used: %1</source>
        <translation>die Antwort ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>an A record instead of the CNAME</source>
        <translation>ein A-Eintrag statt des CNAME-Eintrags</translation>
    </message>
    <message>
        <source>a documented alternative: an A record with the address its CNAME target %2 has in the plan (%1)</source>
        <extracomment>%1 the addresses, %2 the CNAME target the plan has.</extracomment>
        <translation>eine dokumentierte Alternative: ein A-Eintrag mit der Adresse, die sein CNAME-Ziel %2 im Plan hat (%1)</translation>
    </message>
</context>
<context>
    <name>CheckExport</name>
    <message>
        <source>internal DNS server: not given, internal records skipped</source>
        <translation>interner DNS-Server: nicht angegeben, interne Einträge übersprungen</translation>
    </message>
    <message>
        <source>external DNS server: not given, external records skipped</source>
        <translation>externer DNS-Server: nicht angegeben, externe Einträge übersprungen</translation>
    </message>
    <message>
        <source>internal DNS server: %1 (%2)</source>
        <extracomment>%1 is the server&apos;s address, %2 how it answered (or why not).</extracomment>
        <translation>interner DNS-Server: %1 (%2)</translation>
    </message>
    <message>
        <source>external DNS server: %1 (%2)</source>
        <translation>externer DNS-Server: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 checks: %2%3</source>
        <extracomment>%1 is the number of checks, %2 counts per status (&quot;3 ok, 1 missing&quot;; the status names stay English), %3 is empty or &quot; (cancelled)&quot;.</extracomment>
        <translation>%1 Prüfungen: %2%3</translation>
    </message>
    <message>
        <source>nothing checked</source>
        <translation>nichts geprüft</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>STATUS</source>
        <extracomment>Column headings of the plain-text check report.</extracomment>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation>ERWARTET</translation>
    </message>
    <message>
        <source>ACTUAL</source>
        <translation>TATSÄCHLICH</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>(must not resolve)</source>
        <translation>(darf nicht aufgelöst werden)</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>problems: %1, notices: %2</source>
        <extracomment>%1 problems (they fail the check), %2 notices (optional records that are missing).</extracomment>
        <translation>Probleme: %1, Hinweise: %2</translation>
    </message>
    <message>
        <source>REQUIREMENT</source>
        <translation>ANFORDERUNG</translation>
    </message>
    <message>
        <source>FIX</source>
        <translation>KORREKTUR</translation>
    </message>
    <message>
        <source>Problems (they fail the check):</source>
        <translation>Probleme (die Prüfung schlägt fehl):</translation>
    </message>
    <message>
        <source>Notices: optional records that are missing (they do not fail the check):</source>
        <translation>Hinweise: fehlende optionale Einträge (die Prüfung schlägt deshalb nicht fehl):</translation>
    </message>
    <message>
        <source>OK:</source>
        <translation>OK:</translation>
    </message>
</context>
<context>
    <name>CloudRecords</name>
    <message>
        <source>Microsoft 365 GCC High</source>
        <translation>Microsoft 365 GCC High</translation>
    </message>
    <message>
        <source>Microsoft 365 DoD</source>
        <translation>Microsoft 365 DoD</translation>
    </message>
    <message>
        <source>Microsoft 365 operated by 21Vianet</source>
        <translation>Microsoft 365, betrieben von 21Vianet</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Lync DNS Planner: plans, exports and checks the DNS records of Lync Server 2013 and Skype for Business Server 2015/2019.</source>
        <translation>Lync DNS Planner: plant, exportiert und prüft die DNS-Einträge von Lync Server 2013 und Skype for Business Server 2015/2019.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 problems found, 2 bad usage or plan file, 3 DNS server unreachable.</source>
        <translation>Exitcodes: 0 Erfolg, 1 Probleme gefunden, 2 fehlerhafter Aufruf oder fehlerhafte Plandatei, 3 DNS-Server nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 (see lyncdns --help)</source>
        <translation>%1 (siehe lyncdns --help)</translation>
    </message>
    <message>
        <source>the plan file</source>
        <translation>die Plandatei</translation>
    </message>
    <message>
        <source>%1: a plan file is needed</source>
        <translation>%1: Eine Plandatei ist erforderlich</translation>
    </message>
    <message>
        <source>%1: one plan file only</source>
        <translation>%1: Nur eine Plandatei ist zulässig</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;</source>
        <translation>--%1 muss einer der Werte %2 sein, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>a4 or letter (pdf report)</source>
        <translation>a4 oder letter (PDF-Bericht)</translation>
    </message>
    <message>
        <source>(plan)</source>
        <translation>(Plan)</translation>
    </message>
    <message>
        <source>internal or external</source>
        <translation>internal oder external</translation>
    </message>
    <message>
        <source>output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text oder json</translation>
    </message>
    <message>
        <source>bind, powershell, csv, json, html or pdf</source>
        <translation>bind, powershell, csv, json, html oder pdf</translation>
    </message>
    <message>
        <source>output folder (bind)</source>
        <translation>Ausgabeordner (bind)</translation>
    </message>
    <message>
        <source>export: --format is required</source>
        <translation>export: --format ist erforderlich</translation>
    </message>
    <message>
        <source>export --paper is for the html and pdf report only</source>
        <translation>export --paper gilt nur für den Bericht im Format html oder pdf</translation>
    </message>
    <message>
        <source>export --format pdf writes a file: give -o OUT.pdf</source>
        <translation>export --format pdf schreibt eine Datei: Geben Sie -o OUT.pdf an</translation>
    </message>
    <message>
        <source>export --format bind writes a folder of zone files: use --dir DIR, not -o</source>
        <translation>export --format bind schreibt einen Ordner mit Zonendateien: Verwenden Sie --dir DIR, nicht -o</translation>
    </message>
    <message>
        <source>export --format bind writes several files: give --dir DIR</source>
        <translation>export --format bind schreibt mehrere Dateien: Geben Sie --dir DIR an</translation>
    </message>
    <message>
        <source>export --format %1 writes one file: use -o OUT</source>
        <translation>export --format %1 schreibt eine einzelne Datei: Verwenden Sie -o OUT</translation>
    </message>
    <message>
        <source>external DNS server address</source>
        <translation>Adresse des externen DNS-Servers</translation>
    </message>
    <message>
        <source>seconds per query (1-30)</source>
        <translation>Sekunden pro Abfrage (1-30)</translation>
    </message>
    <message>
        <source>text, json or csv</source>
        <translation>text, json oder csv</translation>
    </message>
    <message>
        <source>printable report</source>
        <translation>druckbarer Bericht</translation>
    </message>
    <message>
        <source>check --report %1: the file name must end in .pdf or .html</source>
        <translation>check --report %1: Der Dateiname muss auf .pdf oder .html enden</translation>
    </message>
    <message>
        <source>check --paper is for the --report file only</source>
        <translation>check --paper gilt nur für die mit --report erstellte Datei</translation>
    </message>
    <message>
        <source>check: give --internal-server IP, --external-server IP or both</source>
        <translation>check: Geben Sie --internal-server IP, --external-server IP oder beides an</translation>
    </message>
    <message>
        <source>--timeout takes whole seconds from 1 to 30, not &quot;%1&quot;</source>
        <translation>--timeout erwartet ganze Sekunden von 1 bis 30, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>internal records skipped: no --internal-server given</source>
        <translation>interne Einträge übersprungen: kein --internal-server angegeben</translation>
    </message>
    <message>
        <source>external records skipped: no --external-server given</source>
        <translation>externe Einträge übersprungen: kein --external-server angegeben</translation>
    </message>
    <message>
        <source>unknown command or option &quot;%1&quot;</source>
        <translation>unbekannter Befehl oder unbekannte Option &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>write a plan with errors anyway, stamped as a draft</source>
        <translation>Plan mit Fehlern trotzdem schreiben, als Entwurf gekennzeichnet</translation>
    </message>
    <message>
        <source>%1: not exported; --force writes it anyway, stamped as a draft</source>
        <translation>%1: Nicht exportiert; --force exportiert den Plan trotzdem, als Entwurf gekennzeichnet</translation>
    </message>
    <message>
        <source>%1: exported anyway (--force), stamped as a draft</source>
        <translation>%1: Trotzdem exportiert (--force), als Entwurf gekennzeichnet</translation>
    </message>
    <message>
        <source>%1: not checked; fix the validation errors first</source>
        <translation>%1: Nicht geprüft; beheben Sie zuerst die Validierungsfehler</translation>
    </message>
    <message>
        <source>table, csv, json or geodns</source>
        <translation>table, csv, json oder geodns</translation>
    </message>
    <message>
        <source>%1: the plan has no GeoDNS names (no geoDns)</source>
        <translation>%1: Der Plan enthält keine GeoDNS-Namen (kein geoDns)</translation>
    </message>
    <message>
        <source>internal DNS server address (repeat it for one per site)</source>
        <translation>Adresse des internen DNS-Servers (mehrfach angeben für einen pro Standort)</translation>
    </message>
    <message>
        <source>--internal-server %1 is given twice</source>
        <translation>--internal-server %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>the version 2 plan to write</source>
        <translation>der zu schreibende Plan der Version 2</translation>
    </message>
    <message>
        <source>convert: give -o NEW, the file to write</source>
        <translation>convert: Geben Sie mit -o NEW die zu schreibende Datei an</translation>
    </message>
    <message>
        <source>%1: not converted: the version 2 text does not read back as the same plan (%2); please report this</source>
        <translation>%1: Nicht konvertiert: Der Text der Version 2 ergibt beim erneuten Einlesen nicht denselben Plan (%2); bitte melden Sie diesen Fehler</translation>
    </message>
    <message>
        <source>a value differs</source>
        <translation>ein Wert weicht ab</translation>
    </message>
    <message>
        <source>Windows DNS Server script that makes the failing records right</source>
        <translation>Skript für Windows-DNS-Server, das die fehlerhaften Einträge korrigiert</translation>
    </message>
    <message>
        <source>the same changes as CSV rows</source>
        <translation>dieselben Änderungen als CSV-Zeilen</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 erfordert einen Dateinamen</translation>
    </message>
    <message>
        <source>table, csv, json or inf</source>
        <translation>table, csv, json oder inf</translation>
    </message>
    <message>
        <source>output folder (inf: one request file each)</source>
        <translation>Ausgabeordner (inf: je Zertifikat eine Anforderungsdatei)</translation>
    </message>
    <message>
        <source>certs --format inf writes one file per certificate: use --dir DIR, not -o</source>
        <translation>certs --format inf schreibt eine Datei pro Zertifikat: Verwenden Sie --dir DIR, nicht -o</translation>
    </message>
    <message>
        <source>certs --format inf writes one file per certificate: give --dir DIR</source>
        <translation>certs --format inf schreibt eine Datei pro Zertifikat: Geben Sie --dir DIR an</translation>
    </message>
    <message>
        <source>certs --format %1 writes one file: use -o OUT</source>
        <translation>certs --format %1 schreibt eine einzelne Datei: Verwenden Sie -o OUT</translation>
    </message>
    <message>
        <source>Usage:
  lyncdns [PLAN]                                   open the wizard
  lyncdns plan PLAN [--format table|csv|json|geodns] [--location internal|external]
                [-o OUT]
  lyncdns validate PLAN [--format text|json]
  lyncdns check PLAN --internal-server IP [--internal-server IP ...]
                --external-server IP
                [--timeout SECONDS] [--format text|json|csv] [--report OUT.pdf|OUT.html]
                [--paper a4|letter] [--fix-script FIX.ps1] [--fix-list FIX.csv]
  lyncdns export PLAN --format bind|powershell|csv|json|html|pdf [-o OUT|--dir DIR]
                [--paper a4|letter] [--force]
  lyncdns convert PLAN -o NEW                      a version 1 plan saved as version 2
  lyncdns certs PLAN [--format table|csv|json|inf] [-o OUT|--dir DIR]
  lyncdns import TOPOLOGY [-o PLAN]                a topology exported from the deployment, as a plan
  lyncdns migrate PLAN [--to hybrid|teams-only] [--format table|csv|json|powershell|bind]
                [-o OUT|--dir DIR]                  the change set of a move to Teams
  lyncdns --version | --help

export refuses a plan with validation errors; --force writes it anyway, stamped
as a DRAFT, and exits 1.
check asks every --internal-server (one per site) for every internal record; a
missing optional record is a notice and does not fail it. --fix-script and
--fix-list write what would make the failing records right.

Each of these also takes --lang de|en: the language of messages and the wizard
(default: the system&apos;s).</source>
        <translation>Aufruf:
  lyncdns [PLAN]                                   öffnet den Assistenten
  lyncdns plan PLAN [--format table|csv|json|geodns] [--location internal|external]
                [-o OUT]
  lyncdns validate PLAN [--format text|json]
  lyncdns check PLAN --internal-server IP [--internal-server IP ...]
                --external-server IP
                [--timeout SECONDS] [--format text|json|csv] [--report OUT.pdf|OUT.html]
                [--paper a4|letter] [--fix-script FIX.ps1] [--fix-list FIX.csv]
  lyncdns export PLAN --format bind|powershell|csv|json|html|pdf [-o OUT|--dir DIR]
                [--paper a4|letter] [--force]
  lyncdns convert PLAN -o NEW                      speichert einen Plan der Version 1 als Version 2
  lyncdns certs PLAN [--format table|csv|json|inf] [-o OUT|--dir DIR]
  lyncdns import TOPOLOGY [-o PLAN]                eine aus der Bereitstellung exportierte Topologie als Plan
  lyncdns migrate PLAN [--to hybrid|teams-only] [--format table|csv|json|powershell|bind]
                [-o OUT|--dir DIR]                  der Änderungssatz einer Migration zu Teams
  lyncdns --version | --help

export lehnt einen Plan mit Validierungsfehlern ab; --force exportiert ihn trotzdem,
als ENTWURF gekennzeichnet, und endet mit Exitcode 1.
check fragt jeden --internal-server (einen pro Standort) nach jedem internen Eintrag;
ein fehlender optionaler Eintrag ist ein Hinweis und kein Fehlschlag. --fix-script und
--fix-list schreiben die Änderungen, die die fehlerhaften Einträge korrigieren.

Jeder dieser Aufrufe akzeptiert auch --lang de|en: die Sprache der Meldungen und des
Assistenten (Standard: die Sprache des Systems).</translation>
    </message>
    <message>
        <source>also connect to every planned TLS endpoint and check its certificate</source>
        <translation>zusätzlich mit jedem geplanten TLS-Endpunkt verbinden und dessen Zertifikat prüfen</translation>
    </message>
    <message>
        <source>CA certificates trusted besides the system&apos;s (--tls)</source>
        <translation>CA-Zertifikate, denen neben denen des Systems vertraut wird (--tls)</translation>
    </message>
    <message>
        <source>hybrid, teams-only or onprem</source>
        <translation>hybrid, teams-only oder onprem</translation>
    </message>
    <message>
        <source>table, csv, json, powershell or bind</source>
        <translation>table, csv, json, powershell oder bind</translation>
    </message>
    <message>
        <source>output folder (bind: the target zones)</source>
        <translation>Ausgabeordner (bind: die Zielzonen)</translation>
    </message>
    <message>
        <source>migrate --format bind writes a folder of zone files: use --dir DIR, not -o</source>
        <translation>migrate --format bind schreibt einen Ordner mit Zonendateien: Verwenden Sie --dir DIR, nicht -o</translation>
    </message>
    <message>
        <source>migrate --format bind writes several files: give --dir DIR</source>
        <translation>migrate --format bind schreibt mehrere Dateien: Geben Sie --dir DIR an</translation>
    </message>
    <message>
        <source>migrate --format %1 writes one file: use -o OUT</source>
        <translation>migrate --format %1 schreibt eine einzelne Datei: Verwenden Sie -o OUT</translation>
    </message>
    <message>
        <source>migrate --format powershell writes a change script and its rollback beside it: give -o FILE.ps1</source>
        <translation>migrate --format powershell schreibt ein Änderungsskript und daneben sein Rückgängig-Skript: Geben Sie -o FILE.ps1 an</translation>
    </message>
    <message>
        <source>the plan to write</source>
        <translation>der zu schreibende Plan</translation>
    </message>
    <message>
        <source>import: a topology file is needed</source>
        <translation>import: Eine Topologiedatei ist erforderlich</translation>
    </message>
    <message>
        <source>import: one topology file only</source>
        <translation>import: Nur eine Topologiedatei ist zulässig</translation>
    </message>
    <message>
        <source>check the cutover to this migration phase instead (teams-only)</source>
        <translation>stattdessen die Umstellung auf diese Migrationsphase prüfen (teams-only)</translation>
    </message>
    <message>
        <source>--internal-server not asked: no moved SIP domain has split-brain DNS</source>
        <translation>--internal-server nicht abgefragt: keine verschobene SIP-Domäne hat Split-Brain-DNS</translation>
    </message>
</context>
<context>
    <name>DnsResolver</name>
    <message>
        <source>this resolver cannot ask for every type</source>
        <translation>dieser Resolver kann nicht jeden Eintragstyp abfragen</translation>
    </message>
</context>
<context>
    <name>EstateRole</name>
    <message>
        <source>Front End pool</source>
        <translation>Front-End-Pool</translation>
    </message>
    <message>
        <source>Director pool</source>
        <translation>Directorpool</translation>
    </message>
    <message>
        <source>Edge pool</source>
        <translation>Edgepool</translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation>Reverseproxy</translation>
    </message>
    <message>
        <source>Office Web Apps farm</source>
        <translation>Office Web Apps-Farm</translation>
    </message>
    <message>
        <source>Persistent Chat pool</source>
        <translation>Pool für beständigen Chat</translation>
    </message>
    <message>
        <source>Mediation pool</source>
        <translation>Vermittlungspool</translation>
    </message>
    <message>
        <source>Front End pools</source>
        <translation>Front-End-Pools</translation>
    </message>
    <message>
        <source>Director pools</source>
        <translation>Directorpools</translation>
    </message>
    <message>
        <source>Edge pools</source>
        <translation>Edgepools</translation>
    </message>
    <message>
        <source>Reverse proxies</source>
        <translation>Reverseproxys</translation>
    </message>
    <message>
        <source>Office Web Apps farms</source>
        <translation>Office Web Apps-Farmen</translation>
    </message>
    <message>
        <source>Persistent Chat pools</source>
        <translation>Pools für beständigen Chat</translation>
    </message>
    <message>
        <source>Mediation pools</source>
        <translation>Vermittlungspools</translation>
    </message>
    <message numerus="yes">
        <source>%n Front End pool(s)</source>
        <translation>
            <numerusform>%n Front-End-Pool</numerusform>
            <numerusform>%n Front-End-Pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Director pool(s)</source>
        <translation>
            <numerusform>%n Directorpool</numerusform>
            <numerusform>%n Directorpools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Edge pool(s)</source>
        <translation>
            <numerusform>%n Edgepool</numerusform>
            <numerusform>%n Edgepools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reverse proxy(ies)</source>
        <translation>
            <numerusform>%n Reverseproxy</numerusform>
            <numerusform>%n Reverseproxys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Office Web Apps farm(s)</source>
        <translation>
            <numerusform>%n Office Web Apps-Farm</numerusform>
            <numerusform>%n Office Web Apps-Farmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Persistent Chat pool(s)</source>
        <translation>
            <numerusform>%n Pool für beständigen Chat</numerusform>
            <numerusform>%n Pools für beständigen Chat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Mediation pool(s)</source>
        <translation>
            <numerusform>%n Vermittlungspool</numerusform>
            <numerusform>%n Vermittlungspools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not part of a zone export: choose an empty folder or the folder of an earlier export</source>
        <translation>%1 enthält %2, das nicht zu einem Zonenexport gehört: Wählen Sie einen leeren Ordner oder den Ordner eines früheren Exports</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: Der Ordner %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder beside it: %2</source>
        <translation>%1: Daneben kann kein temporärer Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot put the new export in place of the folder</source>
        <translation>%1: Der neue Export kann nicht an die Stelle des Ordners gesetzt werden</translation>
    </message>
</context>
<context>
    <name>ExportPolicy</name>
    <message>
        <source>The plan has 1 validation error:</source>
        <translation>Der Plan enthält 1 Validierungsfehler:</translation>
    </message>
    <message>
        <source>The plan has %1 validation errors:</source>
        <translation>Der Plan enthält %1 Validierungsfehler:</translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <extracomment>One error in the list of a refused export: %1 the rule id, %2 the JSON path, %3 the message.</extracomment>
        <translation>  %1 %2: %3</translation>
    </message>
    <message>
        <source>(plan)</source>
        <translation>(Plan)</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <extracomment>After the first errors of a refused export: %1 is how many are not listed.</extracomment>
        <translation>  … und %1 weitere</translation>
    </message>
    <message>
        <source>DRAFT: this plan has 1 validation error; do not load into production DNS</source>
        <translation>ENTWURF: Dieser Plan enthält 1 Validierungsfehler; nicht in das produktive DNS laden</translation>
    </message>
    <message>
        <source>DRAFT: this plan has %1 validation errors; do not load into production DNS</source>
        <translation>ENTWURF: Dieser Plan enthält %1 Validierungsfehler; nicht in das produktive DNS laden</translation>
    </message>
</context>
<context>
    <name>FixText</name>
    <message>
        <source>the DNS server</source>
        <translation>der DNS-Server</translation>
    </message>
    <message>
        <source>give a server for this location to check this record</source>
        <translation>geben Sie einen Server für diesen Ort an, um diesen Eintrag zu prüfen</translation>
    </message>
    <message>
        <source>check that %1 runs and answers DNS queries (UDP and TCP port 53) from this computer</source>
        <translation>prüfen Sie, ob %1 läuft und DNS-Abfragen (UDP- und TCP-Port 53) von diesem Computer beantwortet</translation>
    </message>
    <message>
        <source>not checked: run the check again</source>
        <translation>nicht geprüft: Führen Sie die Prüfung erneut aus</translation>
    </message>
    <message>
        <source>%1 holds no zone for this name: create zone %2 there, or check against the server that holds it</source>
        <extracomment>%1 is the DNS server, %2 the zone (in backquotes).</extracomment>
        <translation>%1 hat keine Zone für diesen Namen: Erstellen Sie dort die Zone %2, oder prüfen Sie gegen den Server, der sie enthält</translation>
    </message>
    <message>
        <source>check zone %1 on %2: the server failed to answer (SERVFAIL); its event log says why</source>
        <extracomment>%1 is the zone (in backquotes), %2 the DNS server.</extracomment>
        <translation>Zone %1: %2 konnte die Abfrage nicht beantworten (SERVFAIL); prüfen Sie die Zone dort, das Ereignisprotokoll des Servers nennt den Grund</translation>
    </message>
    <message>
        <source>check %1 and anything between it and this computer that rewrites DNS: its answer cannot be used</source>
        <extracomment>%1 is the DNS server.</extracomment>
        <translation>%1 liefert keine verwendbare Antwort: Prüfen Sie den Server und alles zwischen ihm und diesem Computer, was DNS-Antworten umschreibt</translation>
    </message>
    <message>
        <source>give %1 A/AAAA records of its own instead of the CNAME: an SRV target must not be a CNAME (R-SRV2)</source>
        <extracomment>%1 is a host name in backquotes. R-SRV2 is a rule id.</extracomment>
        <translation>geben Sie %1 eigene A-/AAAA-Einträge statt des CNAME-Eintrags: Ein SRV-Ziel darf kein CNAME-Eintrag sein (R-SRV2)</translation>
    </message>
    <message>
        <source>delete %1 from the public zone</source>
        <extracomment>%1 is a host name in backquotes.</extracomment>
        <translation>löschen Sie %1 aus der öffentlichen Zone</translation>
    </message>
    <message>
        <source>replace %1 at %2 with %3</source>
        <extracomment>%1 what the name holds (&quot;CNAME web.contoso.com&quot;), %2 the name in backquotes, %3 the planned records (&quot;A 10.0.0.1&quot;).</extracomment>
        <translation>ersetzen Sie %1 bei %2 durch %3</translation>
    </message>
    <message>
        <source>create pin-point zone %1 with %2</source>
        <extracomment>%1 is the zone&apos;s name in backquotes, %2 its record (&quot;SRV 0 0 5061 pool01.fabrikam.com&quot;).</extracomment>
        <translation>erstellen Sie die Pinpoint-Zone %1 mit %2</translation>
    </message>
    <message>
        <source>create %1 %2 → %3</source>
        <extracomment>%1 the record type, %2 the name in backquotes, %3 the values.</extracomment>
        <translation>erstellen Sie %1 %2 → %3</translation>
    </message>
    <message>
        <source>target</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation>den SRV-Eintrag</translation>
    </message>
    <message>
        <source>address</source>
        <translation>die Adresse</translation>
    </message>
    <message>
        <source>SRV record(s)</source>
        <translation>SRV-Einträge</translation>
    </message>
    <message>
        <source>address(es)</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>change the %1 of %2 from %3 to %4</source>
        <extracomment>%1 &quot;target&quot;, &quot;address&quot; or &quot;SRV record&quot;; %2 the name in backquotes; %3 and %4 the values.</extracomment>
        <translation>ändern Sie bei %2 %1 von %3 in %4</translation>
    </message>
    <message>
        <source>add the missing %1 %2 to %3</source>
        <extracomment>%1 &quot;address(es)&quot; or &quot;SRV record(s)&quot;, %2 the values, %3 the name in backquotes.</extracomment>
        <translation>ergänzen Sie bei %3 fehlende %1: %2</translation>
    </message>
    <message>
        <source>remove %1 from %2 (not planned)</source>
        <extracomment>%1 the values, %2 the name in backquotes.</extracomment>
        <translation>entfernen Sie %1 bei %2 (nicht geplant)</translation>
    </message>
    <message>
        <source>compare the records of %1 with the plan</source>
        <extracomment>%1 the name in backquotes.</extracomment>
        <translation>vergleichen Sie die Einträge von %1 mit dem Plan</translation>
    </message>
</context>
<context>
    <name>HostNames</name>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name is longer than 253 characters</source>
        <translation>der Name ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>a single-label name is not supported; use a fully qualified name</source>
        <translation>ein einteiliger Name wird nicht unterstützt; verwenden Sie einen vollqualifizierten Namen</translation>
    </message>
    <message>
        <source>the name has an empty label</source>
        <translation>der Name enthält einen leeren Namensteil</translation>
    </message>
    <message>
        <source>a label is longer than 63 characters</source>
        <translation>ein Namensteil ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>underscores are not allowed in host names</source>
        <translation>Unterstriche sind in Hostnamen nicht zulässig</translation>
    </message>
    <message>
        <source>only letters A-Z, digits and hyphens are allowed (found &apos;%1&apos;)</source>
        <translation>nur die Buchstaben A-Z, Ziffern und Bindestriche sind zulässig (gefunden: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>a label cannot start or end with a hyphen</source>
        <translation>ein Namensteil darf nicht mit einem Bindestrich beginnen oder enden</translation>
    </message>
    <message>
        <source>the last label cannot be numeric (is this an address?)</source>
        <translation>der letzte Namensteil darf nicht numerisch sein (ist das eine Adresse?)</translation>
    </message>
    <message>
        <source>global</source>
        <extracomment>An IPv6 address scope.</extracomment>
        <translation>global</translation>
    </message>
    <message>
        <source>unique-local</source>
        <extracomment>An IPv6 address scope (fc00::/7).</extracomment>
        <translation>eindeutig lokal</translation>
    </message>
    <message>
        <source>link-local</source>
        <extracomment>An IPv6 address scope (fe80::/10).</extracomment>
        <translation>verbindungslokal</translation>
    </message>
    <message>
        <source>site-local</source>
        <extracomment>An IPv6 address scope (fec0::/10, deprecated).</extracomment>
        <translation>standortlokal</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>An IPv6 address that is loopback or unspecified.</extracomment>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>unspecified or &quot;this network&quot; (0.0.0.0/8)</source>
        <translation>unspezifiziert oder „dieses Netzwerk“ (0.0.0.0/8)</translation>
    </message>
    <message>
        <source>RFC 1918 private</source>
        <translation>privat nach RFC 1918</translation>
    </message>
    <message>
        <source>carrier-grade NAT (100.64.0.0/10)</source>
        <translation>Carrier-Grade-NAT (100.64.0.0/10)</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>reserved or broadcast (240.0.0.0/4)</source>
        <translation>reserviert oder Broadcast (240.0.0.0/4)</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspezifiziert</translation>
    </message>
    <message>
        <source>IPv6 unique-local (fc00::/7)</source>
        <translation>IPv6 eindeutig lokal (fc00::/7)</translation>
    </message>
    <message>
        <source>IPv6 site-local (fec0::/10)</source>
        <translation>IPv6 standortlokal (fec0::/10)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes when Lync DNS Planner is started again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Lync DNS Planner wirksam.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>answered in %1 ms</source>
        <translation>hat in %1 ms geantwortet</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>not checked: the check was cancelled</source>
        <translation>nicht geprüft: Die Prüfung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>PlanReader</name>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>%1 and %2 are kinds of JSON values, such as &quot;a string&quot; or &quot;an array&quot;.</extracomment>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>erforderlicher Schlüssel fehlt</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>erwartet: eine ganze Zahl von %1 bis %2, erhalten: %3</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>erwartet: einer der Werte %1, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenfolgen</translation>
    </message>
    <message>
        <source>expected &quot;lyncdns-plan&quot; (is this a Lync DNS Planner plan?)</source>
        <translation>erwartet: &quot;lyncdns-plan&quot; (ist das ein Plan von Lync DNS Planner?)</translation>
    </message>
    <message>
        <source>expected at least one SIP domain</source>
        <translation>mindestens eine SIP-Domäne erwartet</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a regular file: a plan is read from a file, not from a folder, pipe or device</source>
        <translation>keine reguläre Datei: ein Plan wird aus einer Datei gelesen, nicht aus einem Ordner, einer Pipe oder einem Gerät</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a plan file holds at most %2 bytes (16 MiB)</source>
        <translation>die Datei hat %1 Bytes; eine Plandatei umfasst höchstens %2 Bytes (16 MiB)</translation>
    </message>
    <message>
        <source>an array of domain names and { name, splitBrain } objects</source>
        <translation>ein Array aus Domänennamen und { name, splitBrain }-Objekten</translation>
    </message>
    <message>
        <source>a domain name or an object</source>
        <translation>ein Domänenname oder ein Objekt</translation>
    </message>
    <message>
        <source>a version 1 key; a version 2 plan lists this in &quot;sites&quot;, as sites[].%1</source>
        <translation>ein Schlüssel der Version 1; ein Plan der Version 2 führt ihn unter &quot;sites&quot; auf, als sites[].%1</translation>
    </message>
    <message>
        <source>an array of sites</source>
        <translation>ein Array von Standorten</translation>
    </message>
    <message>
        <source>expected at least one site</source>
        <translation>mindestens ein Standort erwartet</translation>
    </message>
    <message>
        <source>the number 1 or 2</source>
        <translation>die Zahl 1 oder 2</translation>
    </message>
    <message>
        <source>unsupported plan version %1; this program reads versions 1 and 2</source>
        <translation>nicht unterstützte Planversion %1; dieses Programm liest die Versionen 1 und 2</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Director</source>
        <extracomment>The role of a pool; %1 in reasons such as &quot;Autodiscover for internal clients: the %1 internal web services&quot;.</extracomment>
        <translation>Director</translation>
    </message>
    <message>
        <source>Standard Edition server</source>
        <translation>Standard Edition-Server</translation>
    </message>
    <message>
        <source>Front End pool</source>
        <translation>Front-End-Pool</translation>
    </message>
    <message>
        <source>Front End server %1: server-to-server traffic and replication</source>
        <translation>Front-End-Server %1: Server-zu-Server-Datenverkehr und Replikation</translation>
    </message>
    <message>
        <source>Standard Edition server: its FQDN is also its pool FQDN</source>
        <translation>Standard Edition-Server: Sein FQDN ist zugleich der Pool-FQDN</translation>
    </message>
    <message>
        <source>Front End pool, DNS load balancing: one A per deployed Front End</source>
        <translation>Front-End-Pool, DNS-Lastenausgleich: ein A-Eintrag pro bereitgestelltem Front-End-Server</translation>
    </message>
    <message>
        <source>Front End pool behind a hardware load balancer: the VIP</source>
        <translation>Front-End-Pool hinter einem Hardwarelastenausgleichsmodul: die VIP</translation>
    </message>
    <message>
        <source>Front End pool with a single server and no load balancer</source>
        <translation>Front-End-Pool mit einem einzigen Server und ohne Lastenausgleichsmodul</translation>
    </message>
    <message>
        <source>Front End internal web services (HTTPS cannot use DNS load balancing): the web VIP</source>
        <translation>Interne Front-End-Webdienste (HTTPS kann keinen DNS-Lastenausgleich nutzen): die Web-VIP</translation>
    </message>
    <message>
        <source>Director %1: server-to-server traffic</source>
        <translation>Director %1: Server-zu-Server-Datenverkehr</translation>
    </message>
    <message>
        <source>Director pool, DNS load balancing: one A per Director</source>
        <translation>Directorpool, DNS-Lastenausgleich: ein A-Eintrag pro Director</translation>
    </message>
    <message>
        <source>Director pool FQDN: the Director or its load balancer VIP</source>
        <translation>FQDN des Directorpools: der Director oder die VIP seines Lastenausgleichsmoduls</translation>
    </message>
    <message>
        <source>Director internal web services: the web VIP</source>
        <translation>Interne Director-Webdienste: die Web-VIP</translation>
    </message>
    <message>
        <source>Edge internal FQDN: the internal load balancer VIP; Front Ends reach the Edge here</source>
        <translation>Interner Edge-FQDN: die VIP des internen Lastenausgleichsmoduls; hierüber erreichen die Front-End-Server den Edge</translation>
    </message>
    <message>
        <source>Edge internal FQDN: the Edge internal interface(s); Front Ends reach the Edge here</source>
        <translation>Interner Edge-FQDN: die interne(n) Schnittstelle(n) des Edge; hierüber erreichen die Front-End-Server den Edge</translation>
    </message>
    <message>
        <source>Edge server %1: its internal interface</source>
        <translation>Edgeserver %1: seine interne Schnittstelle</translation>
    </message>
    <message>
        <source>Autodiscover for internal clients: the %1 internal web services</source>
        <translation>AutoErmittlung für interne Clients: der %1 (interne Webdienste)</translation>
    </message>
    <message>
        <source>Autodiscover for internal clients: the %1 internal web address</source>
        <translation>AutoErmittlung für interne Clients: der %1 (interne Webadresse)</translation>
    </message>
    <message>
        <source>SRV target for %1 inside the SIP domain (the pool FQDN %2 is not)</source>
        <translation>SRV-Ziel für %1 innerhalb der SIP-Domäne (der Pool-FQDN %2 liegt nicht darin)</translation>
    </message>
    <message>
        <source>Internal sign-in of %1 users over TLS (legacy clients, desk phones)</source>
        <translation>Interne Anmeldung der Benutzer von %1 über TLS (ältere Clients, Tischtelefone)</translation>
    </message>
    <message>
        <source>Internal sign-in over TCP, tried only when TCP is allowed</source>
        <translation>Interne Anmeldung über TCP; wird nur versucht, wenn TCP zulässig ist</translation>
    </message>
    <message>
        <source>A-record fallback for internal sign-in to the %1</source>
        <translation>A-Eintrag als Ausweichlösung für die interne Anmeldung am %1</translation>
    </message>
    <message>
        <source>Internal sign-in fallback and Lync Phone Edition: the %1</source>
        <translation>Ausweichlösung für die interne Anmeldung und Lync Phone Edition: der %1</translation>
    </message>
    <message>
        <source>Time source for desk phones (else they try time.windows.com)</source>
        <translation>Zeitquelle für Tischtelefone (sonst versuchen sie es mit time.windows.com)</translation>
    </message>
    <message>
        <source>Device Update Web service for phones that have never signed in</source>
        <translation>Geräteupdate-Webdienst für Telefone, die sich noch nie angemeldet haben</translation>
    </message>
    <message>
        <source>Meet simple URL for internal users: the %1 web address</source>
        <translation>Einfache Besprechungs-URL für interne Benutzer: der %1 (Webadresse)</translation>
    </message>
    <message>
        <source>Dial-in simple URL for internal users: the %1 web address</source>
        <translation>Einfache Einwahl-URL für interne Benutzer: der %1 (Webadresse)</translation>
    </message>
    <message>
        <source>Admin simple URL (Control Panel): internal only</source>
        <translation>Einfache Verwaltungs-URL (Systemsteuerung): nur intern</translation>
    </message>
    <message>
        <source>Persistent Chat server %1</source>
        <translation>Server für beständigen Chat %1</translation>
    </message>
    <message>
        <source>Persistent Chat pool: one A per Persistent Chat server</source>
        <translation>Pool für beständigen Chat: ein A-Eintrag pro Server für beständigen Chat</translation>
    </message>
    <message>
        <source>Office Web Apps Server: PowerPoint presentations in meetings</source>
        <translation>Office Web Apps-Server: PowerPoint-Präsentationen in Besprechungen</translation>
    </message>
    <message>
        <source>Access Edge for %1: remote sign-in, federation and public IM</source>
        <translation>Zugriffs-Edgedienst für %1: Remoteanmeldung, Verbund und öffentliche IM-Konnektivität</translation>
    </message>
    <message>
        <source>External automatic sign-in of %1 users through the Access Edge</source>
        <translation>Externe automatische Anmeldung der Benutzer von %1 über den Zugriffs-Edgedienst</translation>
    </message>
    <message>
        <source>Push notifications (and federation discovery) for %1</source>
        <translation>Pushbenachrichtigungen (und Erkennung durch Verbundpartner) für %1</translation>
    </message>
    <message>
        <source>Lets federated partners discover the Access Edge of %1</source>
        <translation>Ermöglicht Verbundpartnern, den Zugriffs-Edgedienst von %1 zu finden</translation>
    </message>
    <message>
        <source>A-record fallback for external sign-in: the Access Edge</source>
        <translation>A-Eintrag als Ausweichlösung für die externe Anmeldung: der Zugriffs-Edgedienst</translation>
    </message>
    <message>
        <source>Lets XMPP partners find the XMPP gateway for %1</source>
        <translation>Ermöglicht XMPP-Partnern, das XMPP-Gateway für %1 zu finden</translation>
    </message>
    <message>
        <source>Access Edge external FQDN (SIP, federation): the Access Edge public address</source>
        <translation>Externer FQDN des Zugriffs-Edgedienstes (SIP, Verbund): die öffentliche Adresse des Zugriffs-Edgedienstes</translation>
    </message>
    <message>
        <source>Web Conferencing Edge: meeting content for remote and federated users</source>
        <translation>Webkonferenz-Edgedienst: Besprechungsinhalte für Remote- und Verbundbenutzer</translation>
    </message>
    <message>
        <source>A/V Edge: audio and video media relay for remote users</source>
        <translation>A/V-Edgedienst: Weiterleitung von Audio- und Videodaten für Remotebenutzer</translation>
    </message>
    <message>
        <source>XMPP proxy on the Access Edge</source>
        <translation>XMPP-Proxy auf dem Zugriffs-Edgedienst</translation>
    </message>
    <message>
        <source>Front End external web services (address book, meetings, mobility), published by the reverse proxy</source>
        <translation>Externe Front-End-Webdienste (Adressbuch, Besprechungen, Mobilität), veröffentlicht über den Reverseproxy</translation>
    </message>
    <message>
        <source>Director external web services (authentication first goes here), published by the reverse proxy</source>
        <translation>Externe Director-Webdienste (die Authentifizierung erfolgt zuerst hier), veröffentlicht über den Reverseproxy</translation>
    </message>
    <message>
        <source>Meet simple URL for external users: the reverse proxy</source>
        <translation>Einfache Besprechungs-URL für externe Benutzer: der Reverseproxy</translation>
    </message>
    <message>
        <source>Dial-in simple URL for external users: the reverse proxy</source>
        <translation>Einfache Einwahl-URL für externe Benutzer: der Reverseproxy</translation>
    </message>
    <message>
        <source>Office Web Apps for external meeting participants: the reverse proxy</source>
        <translation>Office Web Apps für externe Besprechungsteilnehmer: der Reverseproxy</translation>
    </message>
    <message>
        <source>Autodiscover for mobile and external clients: the %1 external web services</source>
        <translation>AutoErmittlung für mobile und externe Clients: der %1 (externe Webdienste)</translation>
    </message>
    <message>
        <source>Autodiscover for mobile and external clients: the reverse proxy</source>
        <translation>AutoErmittlung für mobile und externe Clients: der Reverseproxy</translation>
    </message>
    <message>
        <source>%1 (pin-point zone: internal DNS has no zone for the SIP domain)</source>
        <extracomment>%1 is the record&apos;s reason, as above.</extracomment>
        <translation>%1 (Pinpoint-Zone: Das interne DNS hat keine Zone für die SIP-Domäne)</translation>
    </message>
    <message>
        <source>External web services reached from inside (Mobility, UCWA): the reverse proxy %1</source>
        <translation>Externe Webdienste, von intern erreicht (Mobilität, UCWA): der Reverseproxy %1</translation>
    </message>
    <message>
        <source>Backup sign-in pool %1 for %2 users, tried when the pools before it do not answer</source>
        <translation>Sicherungspool %1 für die Anmeldung der Benutzer von %2; wird versucht, wenn die vorherigen Pools nicht antworten</translation>
    </message>
    <message>
        <source>Autodiscover for internal clients through GeoDNS (paired pools)</source>
        <translation>AutoErmittlung für interne Clients über GeoDNS (gekoppelte Pools)</translation>
    </message>
    <message>
        <source>Meet simple URL through GeoDNS (paired pools)</source>
        <translation>Einfache Besprechungs-URL über GeoDNS (gekoppelte Pools)</translation>
    </message>
    <message>
        <source>Dial-in simple URL through GeoDNS (paired pools)</source>
        <translation>Einfache Einwahl-URL über GeoDNS (gekoppelte Pools)</translation>
    </message>
    <message>
        <source>Mediation server %1: SIP and media to the PSTN gateways</source>
        <translation>Vermittlungsserver %1: SIP und Medien zu den PSTN-Gateways</translation>
    </message>
    <message>
        <source>Mediation pool, DNS load balancing: one A per Mediation server</source>
        <translation>Vermittlungspool, DNS-Lastenausgleich: ein A-Eintrag pro Vermittlungsserver</translation>
    </message>
    <message>
        <source>Office Web Apps farm member %1</source>
        <translation>Mitglied %1 der Office Web Apps-Farm</translation>
    </message>
    <message>
        <source>Survivable Branch Appliance %1 of branch site %2</source>
        <translation>Survivable Branch Appliance %1 des Zweigstellenstandorts %2</translation>
    </message>
    <message>
        <source>Access Edge pool %1 under the name of %2 (SRV targets stay inside the SIP domain)</source>
        <translation>Zugriffs-Edgedienst des Edgepools %1 unter einem Namen von %2 (SRV-Ziele bleiben innerhalb der SIP-Domäne)</translation>
    </message>
    <message>
        <source>Hybrid with Microsoft 365: federation SRV for %1 (required)</source>
        <translation>Hybrid mit Microsoft 365: Verbund-SRV für %1 (erforderlich)</translation>
    </message>
    <message>
        <source>Autodiscover for mobile and external clients through GeoDNS (paired pools)</source>
        <translation>AutoErmittlung für mobile und externe Clients über GeoDNS (gekoppelte Pools)</translation>
    </message>
    <message>
        <source>%1: federation of %2, whose users are Teams Only</source>
        <translation>%1: Verbund für %2, deren Benutzer im Modus „Nur Teams“ sind</translation>
    </message>
    <message>
        <source>%1: sign-in of %2 users (Skype for Business clients, phones)</source>
        <translation>%1: Anmeldung der Benutzer von %2 (Skype for Business-Clients, Telefone)</translation>
    </message>
    <message>
        <source>%1: Autodiscover of %2; the switch to Teams Only checks this record</source>
        <translation>%1: AutoErmittlung für %2; die Umstellung auf den Modus „Nur Teams“ prüft diesen Eintrag</translation>
    </message>
    <message>
        <source>%1: sign-in fallback of %2 users</source>
        <translation>%1: Ausweichlösung für die Anmeldung der Benutzer von %2</translation>
    </message>
    <message>
        <source>%1 (also internal: the internal zone of %2 would hide the public record)</source>
        <translation>%1 (auch intern: Die interne Zone von %2 würde den öffentlichen Eintrag verdecken)</translation>
    </message>
</context>
<context>
    <name>QDnsLookupRunnable</name>
    <message>
        <source>Invalid reply received</source>
        <translation>Ungültige Antwort erhalten</translation>
    </message>
</context>
<context>
    <name>QtDnsResolver</name>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>this Qt version (%1) can query an %2 server only when the first nameserver in %3 is %2 too; give the server&apos;s %4 address instead</source>
        <translation>diese Qt-Version (%1) kann einen %2-Server nur abfragen, wenn auch der erste Namenserver in %3 eine %2-Adresse hat; geben Sie stattdessen die %4-Adresse des Servers an</translation>
    </message>
    <message>
        <source>the answer is cut short: it announces %1 records but holds %2</source>
        <translation>die Antwort ist unvollständig: sie kündigt %1 Einträge an, enthält aber %2</translation>
    </message>
    <message>
        <source>a name in the answer is malformed (a bad label or compression pointer)</source>
        <translation>ein Name in der Antwort ist fehlerhaft (ungültiger Namensteil oder Komprimierungszeiger)</translation>
    </message>
    <message>
        <source>a record in the answer is malformed (type %1, %2 bytes)</source>
        <translation>ein Eintrag in der Antwort ist fehlerhaft (Typ %1, %2 Bytes)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>no valid answer within %1 s (a reply came but was rejected: wrong ID or question?)</source>
        <translation>keine gültige Antwort innerhalb von %1 s (eine Antwort ist eingegangen, wurde aber verworfen: falsche ID oder falsche Abfrage?)</translation>
    </message>
    <message>
        <source>CNAME loop: %1</source>
        <translation>CNAME-Schleife: %1</translation>
    </message>
    <message>
        <source>the answer could not be confirmed: %1</source>
        <translation>die Antwort konnte nicht bestätigt werden: %1</translation>
    </message>
    <message>
        <source>no valid answer to a second query within %1 s (%2 replies rejected: wrong ID or question)</source>
        <translation>keine gültige Antwort auf eine zweite Abfrage innerhalb von %1 s (%2 Antworten verworfen: falsche ID oder falsche Abfrage)</translation>
    </message>
    <message>
        <source>no answer to a second query within %1 s</source>
        <translation>keine Antwort auf eine zweite Abfrage innerhalb von %1 s</translation>
    </message>
    <message>
        <source>nothing listening on port 53</source>
        <translation>kein Dienst an Port 53</translation>
    </message>
    <message>
        <source>the answer is truncated (TC) and could not be fetched over TCP</source>
        <translation>die Antwort ist abgeschnitten (TC) und konnte nicht über TCP abgerufen werden</translation>
    </message>
    <message>
        <source>the server does not implement this query (NOTIMP)</source>
        <translation>der Server unterstützt diese Abfrage nicht (NOTIMP)</translation>
    </message>
    <message>
        <source>the server answered with an unknown response code (%1)</source>
        <translation>der Server hat mit einem unbekannten Antwortcode geantwortet (%1)</translation>
    </message>
    <message>
        <source>the server answered the same question differently twice (%1, then %2)</source>
        <translation>der Server hat dieselbe Abfrage zweimal unterschiedlich beantwortet (%1, dann %2)</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>still published; runbook step %1 removes it after the switch to Teams Only</source>
        <translation>noch veröffentlicht; Schritt %1 des Ablaufplans entfernt den Eintrag nach der Umstellung auf „Nur Teams“</translation>
    </message>
    <message>
        <source>a random name resolves: a wildcard record under %1 answers for every name without records of its own, lyncdiscover included</source>
        <extracomment>%1 the SIP domain.</extracomment>
        <translation>ein zufälliger Name wird aufgelöst: ein Platzhaltereintrag unter %1 antwortet für jeden Namen ohne eigene Einträge, auch für lyncdiscover</translation>
    </message>
    <message>
        <source>delete the wildcard record %1 from the public zone</source>
        <extracomment>%1 the wildcard name in backquotes.</extracomment>
        <translation>löschen Sie den Platzhaltereintrag %1 aus der öffentlichen Zone</translation>
    </message>
</context>
<context>
    <name>ReadinessExport</name>
    <message>
        <source>no Skype for Business records</source>
        <translation>keine Skype for Business-Einträge</translation>
    </message>
    <message>
        <source>on premises</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>half moved</source>
        <translation>teilweise verschoben</translation>
    </message>
    <message>
        <source>Teams Only</source>
        <translation>Nur Teams</translation>
    </message>
    <message>
        <source>not known, the server did not say</source>
        <translation>unbekannt, der Server hat es nicht mitgeteilt</translation>
    </message>
    <message>
        <source>%1 %2 → %3 expected (%5), found %4</source>
        <extracomment>%1 name, %2 type, %3 expected values, %4 what the server has (or why nothing), %5 location.</extracomment>
        <translation>%1 %2 → %3 erwartet (%5), gefunden: %4</translation>
    </message>
    <message>
        <source>Cutover readiness (teams-only):</source>
        <translation>Bereitschaft für die Umstellung (teams-only):</translation>
    </message>
    <message>
        <source>  no SIP domain moves to Teams in this plan
</source>
        <translation>  in diesem Plan wird keine SIP-Domäne zu Teams verschoben
</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4</source>
        <extracomment>%1 the SIP domain, %2 the phase in words, %3 its keyword, %4 ready / not ready.</extracomment>
        <translation>%1: %2 (%3), %4</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
    <message>
        <source>  not answered: %1</source>
        <translation>  nicht beantwortet: %1</translation>
    </message>
    <message>
        <source>  blocks: %1</source>
        <translation>  blockiert: %1</translation>
    </message>
    <message>
        <source>  left over: %1 %2 %3 (%4)</source>
        <extracomment>%1 name, %2 type, %3 what it resolves to, %4 why it is listed.</extracomment>
        <translation>  verblieben: %1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>  wildcard %1 answers %2 (asked %3)</source>
        <extracomment>%1 the wildcard name, %2 what it answers, %3 the random name asked.</extracomment>
        <translation>  Platzhalter %1 antwortet mit %2 (abgefragt: %3)</translation>
    </message>
    <message>
        <source>  no wildcard (%1 does not resolve)</source>
        <translation>  kein Platzhalter (%1 wird nicht aufgelöst)</translation>
    </message>
    <message>
        <source>  wildcard unknown (%1 was not answered)</source>
        <translation>  Platzhalter unbekannt (%1 wurde nicht beantwortet)</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>LOCATION</source>
        <extracomment>Column headings of the plain-text record table; REQ says whether the record is required.</extracomment>
        <translation>ORT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATEN</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>REQ</source>
        <translation>ERF</translation>
    </message>
    <message>
        <source>REQUIREMENT</source>
        <translation>ANFORDERUNG</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The REQ column of the plain-text record table: the record is required.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>The REQ column of the plain-text record table: the record is optional.</extracomment>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>DNS load balancing</source>
        <translation>DNS-Lastenausgleich</translation>
    </message>
    <message>
        <source>hardware load balancing</source>
        <translation>Hardwarelastenausgleich</translation>
    </message>
    <message>
        <source>no load balancing</source>
        <translation>kein Lastenausgleich</translation>
    </message>
    <message>
        <source>Director pool &lt;b&gt;%1&lt;/b&gt; with %2, %3</source>
        <extracomment>%1 is the pool FQDN, %2 &quot;3 servers&quot;, %3 the kind of load balancing.</extracomment>
        <translation>Directorpool &lt;b&gt;%1&lt;/b&gt;: %2, %3</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>%1 Server</translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation>%1 Server</translation>
    </message>
    <message>
        <source>Standard Edition server &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Standard Edition-Server &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enterprise Edition pool &lt;b&gt;%1&lt;/b&gt; with %2, %3</source>
        <extracomment>%1 is the pool FQDN, %2 &quot;3 Front End servers&quot;, %3 the kind of load balancing.</extracomment>
        <translation>Enterprise Edition-Pool &lt;b&gt;%1&lt;/b&gt;: %2, %3</translation>
    </message>
    <message>
        <source>%1 Front End server</source>
        <translation>%1 Front-End-Server</translation>
    </message>
    <message>
        <source>%1 Front End servers</source>
        <translation>%1 Front-End-Server</translation>
    </message>
    <message>
        <source> (VIP %1)</source>
        <translation> (VIP %1)</translation>
    </message>
    <message>
        <source>. Servers: %1.</source>
        <translation>. Server: %1.</translation>
    </message>
    <message>
        <source> Internal web services: %1</source>
        <translation> Interne Webdienste: %1</translation>
    </message>
    <message>
        <source>; external web services: %1.</source>
        <translation>; externe Webdienste: %1.</translation>
    </message>
    <message>
        <source>A single Edge Server</source>
        <translation>Ein einzelner Edgeserver</translation>
    </message>
    <message>
        <source>A scaled Edge pool with DNS load balancing</source>
        <translation>Ein skalierter Edgepool mit DNS-Lastenausgleich</translation>
    </message>
    <message>
        <source>A scaled Edge pool behind hardware load balancers</source>
        <translation>Ein skalierter Edgepool hinter Hardwarelastenausgleichsmodulen</translation>
    </message>
    <message>
        <source>, internal FQDN &lt;b&gt;%1&lt;/b&gt;, %2. </source>
        <extracomment>Follows &quot;A single Edge Server&quot; or &quot;A scaled Edge pool …&quot;; %2 is &quot;2 servers&quot;.</extracomment>
        <translation>, interner FQDN &lt;b&gt;%1&lt;/b&gt;, %2. </translation>
    </message>
    <message>
        <source>The public addresses are translated by NAT: external DNS publishes the public addresses, the servers&apos; own (private) addresses are listed for reference only. </source>
        <translation>Die öffentlichen Adressen werden per NAT übersetzt: Das externe DNS veröffentlicht die öffentlichen Adressen, die eigenen (privaten) Adressen der Server sind nur zur Information aufgeführt. </translation>
    </message>
    <message>
        <source>No NAT: the external interfaces carry the public addresses. </source>
        <translation>Kein NAT: Die öffentlichen Adressen liegen direkt auf den externen Schnittstellen. </translation>
    </message>
    <message>
        <source>%1: internal %2; access %3, web conferencing %4, A/V %5</source>
        <extracomment>One Edge server: %1 is its FQDN, %2–%5 its addresses.</extracomment>
        <translation>%1: intern %2; Zugriff %3, Webkonferenz %4, A/V %5</translation>
    </message>
    <message>
        <source> (private %1, %2, %3)</source>
        <translation> (privat %1, %2, %3)</translation>
    </message>
    <message>
        <source>Servers: %1.</source>
        <extracomment>%1 is the list of Edge servers, separated by &quot;; &quot;.</extracomment>
        <translation>Server: %1.</translation>
    </message>
    <message>
        <source> Load balancer VIPs: internal %1, access %2, web conferencing %3, A/V %4.</source>
        <translation> VIPs des Lastenausgleichsmoduls: intern %1, Zugriff %2, Webkonferenz %3, A/V %4.</translation>
    </message>
    <message>
        <source>Autodiscover (lyncdiscover as %1 record)</source>
        <extracomment>%1 is the record type, CNAME or A.</extracomment>
        <translation>AutoErmittlung (lyncdiscover als %1-Eintrag)</translation>
    </message>
    <message>
        <source>federation, discoverable by partners</source>
        <translation>Verbund, für Partner auffindbar</translation>
    </message>
    <message>
        <source>federation (not discoverable)</source>
        <translation>Verbund (nicht auffindbar)</translation>
    </message>
    <message>
        <source>push notifications for mobile clients</source>
        <translation>Pushbenachrichtigungen für mobile Clients</translation>
    </message>
    <message>
        <source>XMPP gateway %1</source>
        <translation>XMPP-Gateway %1</translation>
    </message>
    <message>
        <source>Office Web Apps Server %1 (internal), %2 (external)</source>
        <translation>Office Web Apps-Server %1 (intern), %2 (extern)</translation>
    </message>
    <message>
        <source>host records</source>
        <translation>Hosteinträge</translation>
    </message>
    <message>
        <source>legacy client discovery (%1)</source>
        <translation>Ermittlung für ältere Clients (%1)</translation>
    </message>
    <message>
        <source>NTP for desk phones (%1)</source>
        <translation>NTP für Tischtelefone (%1)</translation>
    </message>
    <message>
        <source>device updates</source>
        <translation>Geräteupdates</translation>
    </message>
    <message>
        <source>Rename the host: letters, digits and hyphens only, fully qualified.</source>
        <translation>Benennen Sie den Host um: nur Buchstaben, Ziffern und Bindestriche, vollqualifiziert.</translation>
    </message>
    <message>
        <source>Correct the address: IPv4 as a dotted quad, IPv6 in standard notation.</source>
        <translation>Korrigieren Sie die Adresse: IPv4 in Dezimalpunktschreibweise, IPv6 in Standardschreibweise.</translation>
    </message>
    <message>
        <source>Fill in the missing value in the plan; the topology cannot be published without it.</source>
        <translation>Ergänzen Sie den fehlenden Wert im Plan; ohne ihn kann die Topologie nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <source>Change the topology to a supported layout (edition, server count, load balancing).</source>
        <translation>Ändern Sie die Topologie in eine unterstützte Konfiguration (Edition, Serveranzahl, Lastenausgleich).</translation>
    </message>
    <message>
        <source>Remove the duplicate SIP domain.</source>
        <translation>Entfernen Sie die doppelte SIP-Domäne.</translation>
    </message>
    <message>
        <source>Give every server its own FQDN.</source>
        <translation>Geben Sie jedem Server einen eigenen FQDN.</translation>
    </message>
    <message>
        <source>Remove XMPP and Persistent Chat: Skype for Business Server 2019 has neither.</source>
        <translation>Entfernen Sie XMPP und Beständigen Chat: Skype for Business Server 2019 bietet keines von beiden.</translation>
    </message>
    <message>
        <source>Point the SRV record at a host name inside its SIP domain, never at a CNAME.</source>
        <translation>Lassen Sie den SRV-Eintrag auf einen Hostnamen innerhalb seiner SIP-Domäne verweisen, niemals auf einen CNAME-Eintrag.</translation>
    </message>
    <message>
        <source>Add a second server to the pool, or do not use DNS load balancing.</source>
        <translation>Fügen Sie dem Pool einen zweiten Server hinzu, oder verzichten Sie auf DNS-Lastenausgleich.</translation>
    </message>
    <message>
        <source>Give the pool its own internal web FQDN with a load-balanced web VIP.</source>
        <translation>Geben Sie dem Pool einen eigenen internen Web-FQDN und eine Web-VIP mit Lastenausgleich.</translation>
    </message>
    <message>
        <source>Use at least two Edge servers with DNS load balancing; do not combine hardware load balancing with NAT.</source>
        <translation>Verwenden Sie mindestens zwei Edgeserver mit DNS-Lastenausgleich; kombinieren Sie Hardwarelastenausgleich nicht mit NAT.</translation>
    </message>
    <message>
        <source>Keep round robin enabled on every DNS server that answers for these names.</source>
        <translation>Lassen Sie Round-Robin auf jedem DNS-Server aktiviert, der für diese Namen antwortet.</translation>
    </message>
    <message>
        <source>Publish the external web services through a reverse proxy (and an Edge for push).</source>
        <translation>Veröffentlichen Sie die externen Webdienste über einen Reverseproxy (für Pushbenachrichtigungen ist zusätzlich ein Edgeserver nötig).</translation>
    </message>
    <message>
        <source>Keep Autodiscover CNAMEs on names of their own, inside the SIP domain.</source>
        <translation>Verwenden Sie für CNAME-Einträge der AutoErmittlung eigene Namen innerhalb der SIP-Domäne.</translation>
    </message>
    <message>
        <source>Keep internal-only names and private addresses out of external DNS.</source>
        <translation>Halten Sie rein interne Namen und private Adressen aus dem externen DNS heraus.</translation>
    </message>
    <message>
        <source>Fix the simple URLs: https, no port, one Meet URL per SIP domain, all unique.</source>
        <translation>Korrigieren Sie die einfachen URLs: https, kein Port, eine Besprechungs-URL je SIP-Domäne, alle eindeutig.</translation>
    </message>
    <message>
        <source>Give every host an IPv6 address, or turn IPv6 off in the plan.</source>
        <translation>Geben Sie jedem Host eine IPv6-Adresse, oder deaktivieren Sie IPv6 im Plan.</translation>
    </message>
    <message>
        <source>Create the pin-point zones listed under internal DNS records.</source>
        <translation>Erstellen Sie die Pinpoint-Zonen, die unter „Interne DNS-Einträge“ aufgeführt sind.</translation>
    </message>
    <message>
        <source>the server returns exactly the expected data</source>
        <translation>der Server liefert genau die erwarteten Daten</translation>
    </message>
    <message>
        <source>the name does not exist, or has no data of that type</source>
        <translation>der Name existiert nicht oder hat keine Daten dieses Typs</translation>
    </message>
    <message>
        <source>data of that type exists, but none of it is expected</source>
        <translation>Daten dieses Typs sind vorhanden, aber keiner der Werte wird erwartet</translation>
    </message>
    <message>
        <source>some expected values are there, some are not</source>
        <translation>einige erwartete Werte sind vorhanden, andere nicht</translation>
    </message>
    <message>
        <source>every expected value is there, plus unexpected ones</source>
        <translation>alle erwarteten Werte sind vorhanden, dazu unerwartete</translation>
    </message>
    <message>
        <source>a name that must not resolve in this location resolves</source>
        <translation>ein Name, der an diesem Ort nicht auflösbar sein darf, wird aufgelöst</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the server failed (SERVFAIL, REFUSED, malformed answer)</source>
        <translation>die Abfrage ist am Server gescheitert (SERVFAIL, REFUSED, fehlerhafte Antwort)</translation>
    </message>
    <message>
        <source>error</source>
        <comment>severity</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity</comment>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>check status</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>check status</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>mismatch</source>
        <comment>check status</comment>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>partial</source>
        <comment>check status</comment>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>extra</source>
        <comment>check status</comment>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <source>exposed</source>
        <comment>check status</comment>
        <translation>extern auflösbar</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>check status</comment>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>error</source>
        <comment>check status</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>internal</source>
        <comment>location</comment>
        <translation>intern</translation>
    </message>
    <message>
        <source>external</source>
        <comment>location</comment>
        <translation>extern</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>DNS records hand-over report</source>
        <translation>Übergabebericht der DNS-Einträge</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SIP domains</source>
        <translation>SIP-Domänen</translation>
    </message>
    <message>
        <source>(primary: %1)</source>
        <translation>(primär: %1)</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Plandatei</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%1 internal, %2 external</source>
        <translation>%1 intern, %2 extern</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>%1 Hinweis</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>On-site check</source>
        <translation>Vor-Ort-Prüfung</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>%1 Eintrag</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Front End</source>
        <translation>Front-End</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>None: clients sign in to the Front End directly.</source>
        <translation>Nicht vorhanden: Clients melden sich direkt am Front-End an.</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>None: no remote, federated or anonymous access.</source>
        <translation>Nicht vorhanden: kein Remote-, Verbund- oder anonymer Zugriff.</translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation>Reverseproxy</translation>
    </message>
    <message>
        <source>Publishes the external web services at %1.</source>
        <translation>Veröffentlicht die externen Webdienste unter %1.</translation>
    </message>
    <message>
        <source>None: the external web services are not published.</source>
        <translation>Nicht vorhanden: Die externen Webdienste werden nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Simple URLs</source>
        <translation>Einfache URLs</translation>
    </message>
    <message>
        <source>Meet %1; dial-in %2; admin %3</source>
        <translation>Besprechung %1; Einwahl %2; Verwaltung %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>%1; TTL %2 s; IPv6 %3.</source>
        <translation>%1; TTL %2 s; IPv6 %3.</translation>
    </message>
    <message>
        <source>Split-brain DNS: internal zones for the SIP domains</source>
        <translation>Split-Brain-DNS: interne Zonen für die SIP-Domänen</translation>
    </message>
    <message>
        <source>No internal zones for the SIP domains: pin-point zones hold the internal names</source>
        <translation>Keine internen Zonen für die SIP-Domänen: Pinpoint-Zonen enthalten die internen Namen</translation>
    </message>
    <message>
        <source>on (AAAA records)</source>
        <translation>aktiviert (AAAA-Einträge)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <extracomment>The heading of one zone&apos;s table; %1 is the zone&apos;s name.</extracomment>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>pin-point zone</source>
        <translation>Pinpoint-Zone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>TTL</source>
        <extracomment>Time to live, the DNS record field.</extracomment>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Data / target</source>
        <translation>Daten / Ziel</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Internal DNS records</source>
        <translation>Interne DNS-Einträge</translation>
    </message>
    <message>
        <source>External DNS records</source>
        <translation>Externe DNS-Einträge</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Pin-point zones</source>
        <translation>Pinpoint-Zonen</translation>
    </message>
    <message>
        <source>Internal DNS has no zone for the SIP domain, so each of these names gets a zone of its own, named exactly after it (&lt;i&gt;dnscmd /zoneadd&lt;/i&gt; or &lt;i&gt;Add-DnsServerPrimaryZone&lt;/i&gt;), holding the record at the zone apex.</source>
        <translation>Das interne DNS hat keine Zone für die SIP-Domäne. Daher erhält jeder dieser Namen eine eigene, genau nach ihm benannte Zone (&lt;i&gt;dnscmd /zoneadd&lt;/i&gt; oder &lt;i&gt;Add-DnsServerPrimaryZone&lt;/i&gt;), die den Eintrag am Zonenstamm (Zone Apex) enthält.</translation>
    </message>
    <message>
        <source>Validator findings</source>
        <translation>Validierungsbefunde</translation>
    </message>
    <message>
        <source>No findings: the plan passes every validator rule.</source>
        <translation>Keine Befunde: Der Plan erfüllt alle Validierungsregeln.</translation>
    </message>
    <message>
        <source>Errors break a documented requirement, warnings are likely failures or documented recommendations, notes are for information.</source>
        <translation>Fehler verletzen eine dokumentierte Anforderung, Warnungen weisen auf wahrscheinliche Fehlfunktionen oder dokumentierte Empfehlungen hin, Hinweise dienen der Information.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding and what to do</source>
        <translation>Befund und Abhilfe</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <extracomment>%1 is the advice for the finding&apos;s rule.</extracomment>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>not given: records of this location were skipped</source>
        <translation>nicht angegeben: Die Einträge für diesen Ort wurden übersprungen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>hat geantwortet</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>DNS server</comment>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>Die Prüfung wurde vor ihrem Abschluss abgebrochen.</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Prüfstandort</translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>The computer the check ran on.</extracomment>
        <translation>Host</translation>
    </message>
    <message>
        <source>Internal DNS server</source>
        <translation>Interner DNS-Server</translation>
    </message>
    <message>
        <source>External DNS server</source>
        <translation>Externer DNS-Server</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>%1 s per query</source>
        <translation>%1 s pro Abfrage</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>%1 &amp;#8212; DNS report</source>
        <extracomment>The report&apos;s title; %1 is the plan&apos;s title.</extracomment>
        <translation>%1 &amp;#8212; DNS-Bericht</translation>
    </message>
    <message>
        <source>Exported anyway: the validator findings at the end list the errors. Fix them and export again before any record goes into DNS.</source>
        <translation>Trotz Fehlern exportiert: Die Validierungsbefunde am Ende führen die Fehler auf. Beheben Sie sie, und exportieren Sie erneut, bevor ein Eintrag in das DNS übernommen wird.</translation>
    </message>
    <message>
        <source>Give each role its own FQDN: one name cannot be two services.</source>
        <translation>Geben Sie jeder Rolle einen eigenen FQDN: Ein Name kann nicht für zwei Dienste stehen.</translation>
    </message>
    <message>
        <source>Give every server of the pool its own address: DNS load balancing hands out one address per server.</source>
        <translation>Geben Sie jedem Server des Pools eine eigene Adresse: DNS-Lastenausgleich gibt pro Server eine Adresse aus.</translation>
    </message>
    <message>
        <source>Give the Edge&apos;s external interfaces IPv6 addresses too, or keep its internal side on IPv4 only.</source>
        <translation>Geben Sie auch den externen Schnittstellen des Edgeservers IPv6-Adressen, oder belassen Sie seine interne Seite bei reinem IPv4.</translation>
    </message>
    <message>
        <source>Give the three Edge services a public address each, or move Web Conferencing and A/V to their own ports on the shared address.</source>
        <translation>Geben Sie jedem der drei Edgedienste eine eigene öffentliche Adresse, oder legen Sie Webkonferenz- und A/V-Edgedienst auf der gemeinsamen Adresse auf eigene Ports.</translation>
    </message>
    <message>
        <source>Give every server of the pool IPv6 addresses of the same scope (all global or all unique-local).</source>
        <translation>Geben Sie allen Servern des Pools IPv6-Adressen desselben Bereichs (alle global oder alle eindeutig lokal).</translation>
    </message>
    <message>
        <source>Use a shorter SIP domain: the names generated under it must stay within 253 characters (63 per label).</source>
        <translation>Verwenden Sie eine kürzere SIP-Domäne: Die darunter erzeugten Namen dürfen höchstens 253 Zeichen lang sein (63 pro Namensteil).</translation>
    </message>
    <message>
        <source> Paired with %1 for disaster recovery.</source>
        <extracomment>%1 is the FQDN of the backup pool (pool pairing).</extracomment>
        <translation> Für die Notfallwiederherstellung gekoppelt mit %1.</translation>
    </message>
    <message>
        <source> Published by reverse proxy %1.</source>
        <extracomment>%1 is the name of a reverse proxy.</extracomment>
        <translation> Veröffentlicht über den Reverseproxy %1.</translation>
    </message>
    <message>
        <source> Published by reverse proxy %1, which the plan does not hold.</source>
        <translation> Veröffentlicht über den Reverseproxy %1, der im Plan nicht enthalten ist.</translation>
    </message>
    <message>
        <source> Media through Edge pool %1.</source>
        <extracomment>%1 is the internal FQDN of an Edge pool.</extracomment>
        <translation> Medien über den Edgepool %1.</translation>
    </message>
    <message>
        <source> Media through Edge pool %1, which the plan does not hold.</source>
        <translation> Medien über den Edgepool %1, der im Plan nicht enthalten ist.</translation>
    </message>
    <message>
        <source> Access %1, web conferencing %2, A/V %3.</source>
        <extracomment>The public names of one Edge pool; %1–%3 are FQDNs.</extracomment>
        <translation> Zugriff %1, Webkonferenz %2, A/V %3.</translation>
    </message>
    <message>
        <source> Remote access priority %1: the primary Edge pool.</source>
        <translation> Remotezugriffspriorität %1: der primäre Edgepool.</translation>
    </message>
    <message>
        <source> Remote access priority %1.</source>
        <translation> Remotezugriffspriorität %1.</translation>
    </message>
    <message>
        <source> Federation route.</source>
        <translation> Verbundroute.</translation>
    </message>
    <message>
        <source> XMPP proxy, priority %1.</source>
        <extracomment>%1 is the SRV priority of this Edge pool&apos;s _xmpp-server record.</extracomment>
        <translation> XMPP-Proxy, Priorität %1.</translation>
    </message>
    <message>
        <source>Pool %1 (%2)</source>
        <extracomment>%1 is a pool FQDN, %2 the list of its servers.</extracomment>
        <translation>Pool %1 (%2)</translation>
    </message>
    <message>
        <source>, internal address %1</source>
        <extracomment>After an Office Web Apps farm&apos;s names; %1 is its internal address (the VIP, or its one server).</extracomment>
        <translation>, interne Adresse %1</translation>
    </message>
    <message>
        <source>%1 (central site)</source>
        <extracomment>The heading of one central site, in the topology and above its records; %1 is its name.</extracomment>
        <translation>%1 (Zentralstandort)</translation>
    </message>
    <message>
        <source>None at this site.</source>
        <translation>An diesem Standort nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 publishes external web services at %2.</source>
        <extracomment>%1 is the reverse proxy&apos;s name, %2 its public addresses.</extracomment>
        <translation>%1 veröffentlicht die externen Webdienste unter %2.</translation>
    </message>
    <message>
        <source>Office Web Apps</source>
        <translation>Office Web Apps</translation>
    </message>
    <message>
        <source>Persistent Chat</source>
        <translation>Beständiger Chat</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>Site simple URLs</source>
        <extracomment>The simple URLs of one site (site scope), beside the global ones.</extracomment>
        <translation>Einfache URLs des Standorts</translation>
    </message>
    <message>
        <source>Branch sites</source>
        <translation>Zweigstellenstandorte</translation>
    </message>
    <message>
        <source>Central site %1. Survivable Branch Appliances: %2.</source>
        <extracomment>%1 is the central site a branch site depends on, %2 its Survivable Branch Appliances.</extracomment>
        <translation>Zentralstandort %1. Survivable Branch Appliances: %2.</translation>
    </message>
    <message>
        <source>Clients sign in through %1</source>
        <extracomment>%1 is the FQDN of the pool that takes automatic sign-in.</extracomment>
        <translation>Anmeldung der Clients über %1</translation>
    </message>
    <message>
        <source>, then %1</source>
        <extracomment>%1 is a list of pools, tried in that order when the sign-in pool fails.</extracomment>
        <translation>, dann %1</translation>
    </message>
    <message>
        <source>; SRV records point at sip.&amp;lt;SIP domain&amp;gt;</source>
        <translation>; SRV-Einträge verweisen auf sip.&amp;lt;SIP-Domäne&amp;gt;</translation>
    </message>
    <message>
        <source>; SRV records point at &amp;lt;pool name&amp;gt;.&amp;lt;SIP domain&amp;gt;</source>
        <translation>; SRV-Einträge verweisen auf &amp;lt;Poolname&amp;gt;.&amp;lt;SIP-Domäne&amp;gt;</translation>
    </message>
    <message>
        <source>; Autodiscover and simple URLs through %1.</source>
        <extracomment>%1 is the FQDN of the pool whose web services take Autodiscover and the simple URLs.</extracomment>
        <translation>; AutoErmittlung und einfache URLs über %1.</translation>
    </message>
    <message>
        <source>failover: the first pool, the next when it fails</source>
        <translation>Failover: der erste Pool, bei dessen Ausfall der nächste</translation>
    </message>
    <message>
        <source>round robin between the pools</source>
        <translation>Round-Robin zwischen den Pools</translation>
    </message>
    <message>
        <source>on premises</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>hybrid with Microsoft 365</source>
        <translation>hybrid mit Microsoft 365</translation>
    </message>
    <message>
        <source>Teams only</source>
        <translation>nur Teams</translation>
    </message>
    <message>
        <source>Phase %1, cloud %2, SIP domains moved: %3.</source>
        <extracomment>%1 the migration phase, %2 the cloud keyword, %3 the SIP domains moved.</extracomment>
        <translation>Phase: %1, Cloud: %2, verschobene SIP-Domänen: %3.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source> Without split-brain (pin-point zones): %1.</source>
        <translation> Ohne Split-Brain (Pinpoint-Zonen): %1.</translation>
    </message>
    <message>
        <source> With split-brain (internal zones): %1.</source>
        <translation> Mit Split-Brain (interne Zonen): %1.</translation>
    </message>
    <message>
        <source>Whole estate</source>
        <extracomment>The heading of the topology&apos;s estate-wide facts, after the sites.</extracomment>
        <translation>Gesamte Umgebung</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Zone %1 over the pools %2; %3.</source>
        <extracomment>%1 the GeoDNS zone, %2 its pools, %3 how the GeoDNS device chooses between them.</extracomment>
        <translation>Zone %1 über die Pools %2; %3.</translation>
    </message>
    <message>
        <source>Migration to Teams</source>
        <translation>Migration zu Teams</translation>
    </message>
    <message>
        <source>Every SIP domain</source>
        <extracomment>The heading above the records that exist once per SIP domain (sign-in, Autodiscover, …).</extracomment>
        <translation>Jede SIP-Domäne</translation>
    </message>
    <message>
        <source>%1 (branch site)</source>
        <extracomment>The heading above a branch site&apos;s records; %1 is its name.</extracomment>
        <translation>%1 (Zweigstellenstandort)</translation>
    </message>
    <message>
        <source>%1 record. To be created on the internal DNS servers, grouped by site, then by the zone that holds them.</source>
        <translation>%1 Eintrag. Anzulegen auf den internen DNS-Servern, nach Standorten und dann nach Zonen gruppiert.</translation>
    </message>
    <message>
        <source>%1 records. To be created on the internal DNS servers, grouped by site, then by the zone that holds them.</source>
        <translation>%1 Einträge. Anzulegen auf den internen DNS-Servern, nach Standorten und dann nach Zonen gruppiert.</translation>
    </message>
    <message>
        <source>%1 record. To be created on the external (public) DNS servers, grouped by site, then by the zone that holds them.</source>
        <translation>%1 Eintrag. Anzulegen auf den externen (öffentlichen) DNS-Servern, nach Standorten und dann nach Zonen gruppiert.</translation>
    </message>
    <message>
        <source>%1 records. To be created on the external (public) DNS servers, grouped by site, then by the zone that holds them.</source>
        <translation>%1 Einträge. Anzulegen auf den externen (öffentlichen) DNS-Servern, nach Standorten und dann nach Zonen gruppiert.</translation>
    </message>
    <message>
        <source>To be configured on the GeoDNS provider for the zone %1, not in the DNS zones above: each name answers with one of its members (%2). The Meet, Dial-in and Autodiscover names of every SIP domain are CNAMEs to these names.</source>
        <translation>Beim GeoDNS-Anbieter für die Zone %1 einzurichten, nicht in den obigen DNS-Zonen: Jeder Name antwortet mit einem seiner Mitglieder (%2). Die Besprechungs-, Einwahl- und AutoErmittlungsnamen jeder SIP-Domäne sind CNAME-Einträge auf diese Namen.</translation>
    </message>
    <message>
        <source>GeoDNS name</source>
        <translation>GeoDNS-Name</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <extracomment>%1 is where in the plan a finding is, in words (&quot;Front End pool pool01.contoso.net, server 2&quot;).</extracomment>
        <translation>Stelle: %1</translation>
    </message>
    <message>
        <source>Rename one of them: pools and branch sites refer to sites and reverse proxies by name.</source>
        <translation>Benennen Sie einen davon um: Pools und Zweigstellenstandorte verweisen über den Namen auf Standorte und Reverseproxys.</translation>
    </message>
    <message>
        <source>Correct the reference: name a pool by its FQDN, an Edge pool by its internal FQDN, a reverse proxy or a site by its name, a SIP domain of the plan.</source>
        <translation>Korrigieren Sie den Verweis: Geben Sie einen Pool mit seinem FQDN an, einen Edgepool mit seinem internen FQDN, einen Reverseproxy oder Standort mit seinem Namen, eine SIP-Domäne aus dem Plan.</translation>
    </message>
    <message>
        <source>Mark one Edge pool for federation, or make sure every federated partner runs Lync Server or Skype for Business Server.</source>
        <translation>Kennzeichnen Sie einen einzigen Edgepool für den Verbund, oder stellen Sie sicher, dass jeder Verbundpartner Lync Server oder Skype for Business Server einsetzt.</translation>
    </message>
    <message>
        <source>List the paired pools in geoDns.pools and give each internal and external web services FQDNs.</source>
        <translation>Führen Sie die gekoppelten Pools in geoDns.pools auf, und geben Sie jedem FQDNs für die internen und externen Webdienste.</translation>
    </message>
    <message>
        <source>Give each Edge pool its own remote access (and XMPP) priority: the lowest is tried first.</source>
        <translation>Geben Sie jedem Edgepool eine eigene Remotezugriffspriorität (und XMPP-Priorität): Die niedrigste wird zuerst versucht.</translation>
    </message>
    <message>
        <source>Give every Front End and Director pool web service FQDNs of its own.</source>
        <translation>Geben Sie jedem Front-End- und Directorpool eigene FQDNs für die Webdienste.</translation>
    </message>
    <message>
        <source>Keep CNAMEs on names of their own and off zone apexes: Autodiscover names to themselves, GeoDNS only for SIP domains with split-brain DNS.</source>
        <translation>Verwenden Sie für CNAME-Einträge eigene Namen und nie den Apex einer Zone: eigene Namen für die AutoErmittlung, GeoDNS nur für SIP-Domänen mit Split-Brain-DNS.</translation>
    </message>
    <message>
        <source>Give a site with site-scoped simple URLs its own Dial-in URL; prefer global simple URLs when pools are paired across sites.</source>
        <translation>Geben Sie einem Standort mit standortbezogenen einfachen URLs eine eigene Einwahl-URL; verwenden Sie bevorzugt globale einfache URLs, wenn Pools standortübergreifend gekoppelt sind.</translation>
    </message>
    <message>
        <source>DNS check evidence of %1 from %2, with the planned records</source>
        <translation>DNS-Prüfnachweis vom %1, Server %2, mit den geplanten Einträgen</translation>
    </message>
    <message>
        <source>%1 checked: %2 problems, %3 notices, from %4</source>
        <extracomment>%1 is &quot;12 records&quot;, %2 and %3 numbers, %4 the host the check ran on.</extracomment>
        <translation>%1 geprüft: %2 Probleme, %3 Hinweise, ausgeführt auf %4</translation>
    </message>
    <message>
        <source>must not resolve on this server</source>
        <translation>darf auf diesem Server nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1; asked %2</source>
        <extracomment>Where a result comes from; %1 is &quot;internal DNS, zone contoso.com&quot;, %2 the server asked.</extracomment>
        <translation>%1; abgefragt: %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Expected: %1 &amp;#183; Found: %2</source>
        <extracomment>%1 what the plan expects, %2 everything the server returned at the name.</extracomment>
        <translation>Erwartet: %1 &amp;#183; Gefunden: %2</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>wie geplant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the result&apos;s detail, %2 the documented alternative the check accepted.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Requirement: %1</source>
        <translation>Anforderung: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <extracomment>%1 is one line saying what to change in DNS.</extracomment>
        <translation>&lt;b&gt;Korrektur:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>DNS check evidence</source>
        <translation>DNS-Prüfnachweis</translation>
    </message>
    <message>
        <source>What the DNS servers answered when queried from this vantage point, record by record: the problems with required records first, then the problems with optional records, the optional records not found (notices, not problems), and the records as planned. Each problem says what to change.</source>
        <translation>Die Antworten der DNS-Server auf Abfragen von diesem Prüfstandort aus, Eintrag für Eintrag: zuerst die Probleme bei erforderlichen Einträgen, dann die Probleme bei optionalen Einträgen, die nicht gefundenen optionalen Einträge (Hinweise, keine Probleme) und die Einträge wie geplant. Zu jedem Problem ist angegeben, was zu ändern ist.</translation>
    </message>
    <message>
        <source>Internal DNS servers</source>
        <translation>Interne DNS-Server</translation>
    </message>
    <message>
        <source>; a missing optional record is a notice, not a problem</source>
        <translation>; ein fehlender optionaler Eintrag ist ein Hinweis, kein Problem</translation>
    </message>
    <message>
        <source>Problems with required records</source>
        <translation>Probleme bei erforderlichen Einträgen</translation>
    </message>
    <message>
        <source>Records the plan needs that the servers do not answer as planned, worst first, each with what to change.</source>
        <translation>Einträge, die der Plan benötigt und die die Server nicht wie geplant beantworten, die schwerwiegendsten zuerst, jeweils mit der nötigen Änderung.</translation>
    </message>
    <message>
        <source>Problems with optional records</source>
        <translation>Probleme bei optionalen Einträgen</translation>
    </message>
    <message>
        <source>Optional records that hold other data than planned, or that a server did not answer for: a wrong record misleads clients, so these are problems too.</source>
        <translation>Optionale Einträge mit anderen Daten als geplant oder ohne Antwort eines Servers: Ein falscher Eintrag führt Clients in die Irre, daher sind auch dies Probleme.</translation>
    </message>
    <message>
        <source>Notices: optional records not found</source>
        <translation>Hinweise: nicht gefundene optionale Einträge</translation>
    </message>
    <message>
        <source>Not problems: the deployment works without them. Create them when the feature they serve is wanted.</source>
        <translation>Keine Probleme: Die Bereitstellung funktioniert ohne sie. Erstellen Sie sie, wenn die Funktion, der sie dienen, gewünscht ist.</translation>
    </message>
    <message>
        <source>Records as planned</source>
        <translation>Einträge wie geplant</translation>
    </message>
    <message>
        <source>What the servers answered exactly as planned, documented alternatives included.</source>
        <translation>Was die Server genau wie geplant beantwortet haben, einschließlich dokumentierter Alternativen.</translation>
    </message>
    <message>
        <source>DNS check evidence %1 &amp;#8212; %2 &amp;#8212; servers %3</source>
        <translation>DNS-Prüfnachweis %1 &amp;#8212; %2 &amp;#8212; Server %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>TLS status count</comment>
        <extracomment>A count of TLS endpoints with one status; %1 the number, %2 the status.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 endpoint</source>
        <translation>%1 Endpunkt</translation>
    </message>
    <message>
        <source>%1 endpoints</source>
        <translation>%1 Endpunkte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is &quot;10 endpoints&quot;, %2 the counts per status.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Certificates (TLS)</source>
        <translation>Zertifikate (TLS)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>One request per server role that needs one, with every name a planned record makes clients reach on the server that answers it. Names marked * are not added by the certificate wizard: add them to the request by hand (rule R-CERT1). The request files for certreq.exe: lyncdns certs PLAN --format inf --dir DIR.</source>
        <translation>Eine Anforderung pro Serverrolle, die ein Zertifikat benötigt, mit jedem Namen, über den ein geplanter Eintrag Clients zu dem Server führt, der ihn beantwortet. Mit * markierte Namen fügt der Zertifikat-Assistent nicht hinzu: Fügen Sie sie der Anforderung manuell hinzu (Regel R-CERT1). Die Anforderungsdateien für certreq.exe: lyncdns certs PLAN --format inf --dir DIR.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Antragstellernamen (SAN)</translation>
    </message>
    <message>
        <source>Issuer and key</source>
        <translation>Zertifizierungsstelle und Schlüssel</translation>
    </message>
    <message>
        <source>internal CA</source>
        <translation>interne Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>public CA</source>
        <translation>öffentliche Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>exportable key</source>
        <translation>exportierbarer Schlüssel</translation>
    </message>
    <message>
        <source>key not exportable</source>
        <translation>Schlüssel nicht exportierbar</translation>
    </message>
    <message>
        <source>the name did not resolve, or nothing accepted the connection</source>
        <translation>der Name wurde nicht aufgelöst, oder nichts hat die Verbindung angenommen</translation>
    </message>
    <message>
        <source>connected, but no TLS 1.2 or later handshake or no certificate</source>
        <translation>verbunden, aber kein Handshake mit TLS 1.2 oder höher oder kein Zertifikat</translation>
    </message>
    <message>
        <source>the chain does not verify against the trusted certification authorities</source>
        <translation>die Zertifikatkette lässt sich nicht anhand der vertrauenswürdigen Zertifizierungsstellen überprüfen</translation>
    </message>
    <message>
        <source>expired, not valid yet, or expiring within 30 days</source>
        <translation>abgelaufen, noch nicht gültig oder läuft innerhalb von 30 Tagen ab</translation>
    </message>
    <message>
        <source>no Server Authentication extended key usage</source>
        <translation>keine erweiterte Schlüsselverwendung „Serverauthentifizierung“</translation>
    </message>
    <message>
        <source>a planned name is not on the certificate</source>
        <translation>ein geplanter Name fehlt im Zertifikat</translation>
    </message>
    <message>
        <source>trusted, valid, for server authentication, every planned name</source>
        <translation>vertrauenswürdig, gültig, für die Serverauthentifizierung, alle geplanten Namen</translation>
    </message>
    <message>
        <source>%1 &amp;#183; %2 certificate</source>
        <extracomment>Where a TLS endpoint is: %1 &quot;internal&quot; or &quot;external&quot;, %2 the certificate that answers it.</extracomment>
        <translation>%1 &amp;#183; Zertifikat „%2“</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>Presented: %1</source>
        <translation>Vorgelegt: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>Not after: %1 &amp;#183; Issuer: %2</source>
        <extracomment>%1 the certificate&apos;s notAfter (ISO 8601, UTC), %2 its issuer.</extracomment>
        <translation>Gültig bis: %1 &amp;#183; Ausstellende Zertifizierungsstelle: %2</translation>
    </message>
    <message>
        <source>Certificates presented (TLS)</source>
        <translation>Vorgelegte Zertifikate (TLS)</translation>
    </message>
    <message>
        <source>Each planned TLS endpoint, resolved through the DNS server of its location and connected to from this vantage point with the planned name as SNI (TLS 1.2 or later), and the certificate it presented compared with the names its certificate request carries: problems first.</source>
        <translation>Jeder geplante TLS-Endpunkt, aufgelöst über den DNS-Server seines Orts und von diesem Prüfstandort aus mit dem geplanten Namen als SNI verbunden (TLS 1.2 oder höher), und das vorgelegte Zertifikat, verglichen mit den Namen seiner Zertifikatanforderung: Probleme zuerst.</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>No endpoint was probed: none is planned where a server was given.</source>
        <translation>Es wurde kein Endpunkt geprüft: Für keinen Ort mit angegebenem Server ist ein Endpunkt geplant.</translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>TLS status</comment>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>error</source>
        <comment>TLS status</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>untrusted</source>
        <comment>TLS status</comment>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>TLS status</comment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>wrong usage</source>
        <comment>TLS status</comment>
        <translation>falsche Verwendung</translation>
    </message>
    <message>
        <source>name missing</source>
        <comment>TLS status</comment>
        <translation>Name fehlt</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>TLS status</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Add the name to the certificate request by hand (the Certificates section lists every name), or change the plan so clients reach a name the wizard adds.</source>
        <translation>Fügen Sie den Namen der Zertifikatanforderung manuell hinzu (der Abschnitt „Zertifikate“ führt alle Namen auf), oder ändern Sie den Plan so, dass Clients einen Namen erreichen, den der Assistent hinzufügt.</translation>
    </message>
    <message>
        <source>Plan the Edge pool: hybrid routes federation with Microsoft 365 through _sipfederationtls._tcp of every SIP domain to an Access Edge.</source>
        <translation>Planen Sie einen Edgepool ein: In einer Hybridbereitstellung wird der Verbund mit Microsoft 365 über _sipfederationtls._tcp jeder SIP-Domäne an einen Zugriffs-Edgedienst geleitet.</translation>
    </message>
    <message>
        <source>Add _sipfederationtls._tcp of each SIP domain to the internal zone the Edge servers ask, or point them at external DNS servers.</source>
        <translation>Fügen Sie _sipfederationtls._tcp jeder SIP-Domäne der internen Zone hinzu, die die Edgeserver abfragen, oder lassen Sie die Edgeserver externe DNS-Server verwenden.</translation>
    </message>
    <message>
        <source>Add an internal A record for the Web Conferencing Edge FQDN with its external address.</source>
        <translation>Fügen Sie für den Webkonferenz-Edge-FQDN einen internen A-Eintrag mit seiner externen Adresse hinzu.</translation>
    </message>
    <message>
        <source>DNS: the changes with step %1</source>
        <extracomment>After a DNS step&apos;s title; %1 its number, which the change set&apos;s rows carry.</extracomment>
        <translation>DNS: die Änderungen mit Schritt %1</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>The DNS side of leaving Skype for Business Server, in Microsoft&apos;s order: the runbook, then every record it adds, changes or removes. The change script with its rollback: lyncdns migrate PLAN --format powershell -o FILE.ps1; the proof that public DNS is ready before the switch: lyncdns check PLAN --external-server IP --phase teams-only.</source>
        <translation>Die DNS-Seite der Ablösung von Skype for Business Server, in der Reihenfolge von Microsoft: der Ablaufplan, dann jeder Eintrag, den er hinzufügt, ändert oder entfernt. Das Änderungsskript mit seinem Rückgängig-Skript: lyncdns migrate PLAN --format powershell -o FILE.ps1; der Nachweis, dass das öffentliche DNS vor der Umstellung bereit ist: lyncdns check PLAN --external-server IP --phase teams-only.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>From %1 to %2, %3</source>
        <extracomment>%1 the phase now, %2 the phase after the move, %3 the Microsoft 365 cloud.</extracomment>
        <translation>Von %1 nach %2, %3</translation>
    </message>
    <message>
        <source>SIP domains moving</source>
        <translation>Zu verschiebende SIP-Domänen</translation>
    </message>
    <message>
        <source>SIP domains staying on premises</source>
        <translation>Lokal verbleibende SIP-Domänen</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <source>Nothing to do: the plan is at that phase already.</source>
        <translation>Nichts zu tun: Der Plan befindet sich bereits in dieser Phase.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What to do, commands and warnings</source>
        <translation>Vorgehen, Befehle und Warnungen</translation>
    </message>
    <message>
        <source>DNS changes</source>
        <translation>DNS-Änderungen</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>%1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>%1 record stays as it is and is not listed (lyncdns migrate PLAN --format csv lists every record).</source>
        <translation>%1 Eintrag bleibt unverändert und ist nicht aufgeführt (lyncdns migrate PLAN --format csv führt alle Einträge auf).</translation>
    </message>
    <message>
        <source>%1 records stay as they are and are not listed (lyncdns migrate PLAN --format csv lists every record).</source>
        <translation>%1 Einträge bleiben unverändert und sind nicht aufgeführt (lyncdns migrate PLAN --format csv führt alle Einträge auf).</translation>
    </message>
    <message>
        <source>Internal DNS</source>
        <translation>Internes DNS</translation>
    </message>
    <message>
        <source>External DNS</source>
        <translation>Externes DNS</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the move</source>
        <translation>Nach der Migration</translation>
    </message>
    <message>
        <source>%1, one for each server: %2</source>
        <extracomment>%1 a pool FQDN, %2 its servers, comma-separated.</extracomment>
        <translation>%1, eines je Server: %2</translation>
    </message>
    <message>
        <source>the server&apos;s own FQDN</source>
        <translation>der FQDN des Servers selbst</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>rendering a report needs a QGuiApplication</source>
        <translation>zum Rendern eines Berichts ist eine QGuiApplication erforderlich</translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation>das Zeichnen des Berichts kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot finish painting the report</source>
        <translation>das Zeichnen des Berichts kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>cannot read back the report&apos;s pages</source>
        <translation>die Seiten des Berichts können nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Server host record</source>
        <translation>Hosteintrag eines Servers</translation>
    </message>
    <message>
        <source>DNS load-balanced pool (one address per server)</source>
        <translation>Pool mit DNS-Lastenausgleich (eine Adresse pro Server)</translation>
    </message>
    <message>
        <source>Hardware load-balanced pool (the VIP)</source>
        <translation>Pool mit Hardwarelastenausgleich (die VIP)</translation>
    </message>
    <message>
        <source>Pool of one server without a load balancer</source>
        <translation>Pool mit einem Server ohne Lastenausgleichsmodul</translation>
    </message>
    <message>
        <source>Internal web services FQDN</source>
        <translation>FQDN der internen Webdienste</translation>
    </message>
    <message>
        <source>Director pool</source>
        <translation>Directorpool</translation>
    </message>
    <message>
        <source>Edge internal FQDN</source>
        <translation>Interner FQDN des Edgeservers</translation>
    </message>
    <message>
        <source>Edge server internal interface</source>
        <translation>Interne Schnittstelle eines Edgeservers</translation>
    </message>
    <message>
        <source>Office Web Apps Server (internal)</source>
        <translation>Office Web Apps-Server (intern)</translation>
    </message>
    <message>
        <source>Persistent Chat server or pool</source>
        <translation>Server oder Pool für beständigen Chat</translation>
    </message>
    <message>
        <source>Internal automatic sign-in SRV</source>
        <translation>SRV für die interne automatische Anmeldung</translation>
    </message>
    <message>
        <source>Internal sign-in SRV over TCP</source>
        <translation>SRV für die interne Anmeldung über TCP</translation>
    </message>
    <message>
        <source>Internal sign-in host fallback (sipinternal)</source>
        <translation>Fallback-Host für die interne Anmeldung (sipinternal)</translation>
    </message>
    <message>
        <source>Internal sip host (fallback, desk phones)</source>
        <translation>Interner sip-Host (Fallback, Tischtelefone)</translation>
    </message>
    <message>
        <source>Internal Autodiscover (lyncdiscoverinternal)</source>
        <translation>Interne AutoErmittlung (lyncdiscoverinternal)</translation>
    </message>
    <message>
        <source>Time server SRV for desk phones</source>
        <translation>Zeitserver-SRV für Tischtelefone</translation>
    </message>
    <message>
        <source>Device Update Web service host for phones</source>
        <translation>Host des Geräteupdate-Webdiensts für Telefone</translation>
    </message>
    <message>
        <source>Meet simple URL (internal)</source>
        <translation>Einfache Besprechungs-URL (intern)</translation>
    </message>
    <message>
        <source>Dial-in simple URL (internal)</source>
        <translation>Einfache Einwahl-URL (intern)</translation>
    </message>
    <message>
        <source>Admin simple URL (internal only)</source>
        <translation>Einfache Verwaltungs-URL (nur intern)</translation>
    </message>
    <message>
        <source>Access Edge (sip and the access FQDN)</source>
        <translation>Zugriffs-Edgedienst (sip und der Zugriffs-FQDN)</translation>
    </message>
    <message>
        <source>Web Conferencing Edge</source>
        <translation>Webkonferenz-Edgedienst</translation>
    </message>
    <message>
        <source>A/V Edge</source>
        <translation>A/V-Edgedienst</translation>
    </message>
    <message>
        <source>External automatic sign-in SRV</source>
        <translation>SRV für die externe automatische Anmeldung</translation>
    </message>
    <message>
        <source>Federation and push notification SRV</source>
        <translation>SRV für Verbund und Pushbenachrichtigungen</translation>
    </message>
    <message>
        <source>External sign-in host fallback (sipexternal)</source>
        <translation>Fallback-Host für die externe Anmeldung (sipexternal)</translation>
    </message>
    <message>
        <source>XMPP federation SRV</source>
        <translation>SRV für den XMPP-Verbund</translation>
    </message>
    <message>
        <source>XMPP proxy host</source>
        <translation>Host des XMPP-Proxys</translation>
    </message>
    <message>
        <source>Front End external web services</source>
        <translation>Externe Front-End-Webdienste</translation>
    </message>
    <message>
        <source>Director external web services</source>
        <translation>Externe Director-Webdienste</translation>
    </message>
    <message>
        <source>Meet simple URL (external)</source>
        <translation>Einfache Besprechungs-URL (extern)</translation>
    </message>
    <message>
        <source>Dial-in simple URL (external)</source>
        <translation>Einfache Einwahl-URL (extern)</translation>
    </message>
    <message>
        <source>Office Web Apps Server (external)</source>
        <translation>Office Web Apps-Server (extern)</translation>
    </message>
    <message>
        <source>External Autodiscover (lyncdiscover)</source>
        <translation>Externe AutoErmittlung (lyncdiscover)</translation>
    </message>
    <message>
        <source>Mediation server or pool</source>
        <translation>Vermittlungsserver oder -pool</translation>
    </message>
    <message>
        <source>External web services reached from inside (Mobility, UCWA)</source>
        <translation>Externe Webdienste, von intern erreicht (Mobilität, UCWA)</translation>
    </message>
    <message>
        <source>GeoDNS name for paired pools (Meet, Dial-in, Autodiscover)</source>
        <translation>GeoDNS-Name für gekoppelte Pools (Besprechung, Einwahl, AutoErmittlung)</translation>
    </message>
    <message>
        <source>Microsoft 365 federation SRV</source>
        <translation>SRV für den Verbund mit Microsoft 365</translation>
    </message>
    <message>
        <source>Microsoft 365 sign-in SRV</source>
        <translation>SRV für die Anmeldung bei Microsoft 365</translation>
    </message>
    <message>
        <source>Microsoft 365 Autodiscover (lyncdiscover)</source>
        <translation>AutoErmittlung für Microsoft 365 (lyncdiscover)</translation>
    </message>
    <message>
        <source>Microsoft 365 sip CNAME</source>
        <translation>sip-CNAME für Microsoft 365</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Front End pool FQDN</source>
        <translation>FQDN des Front-End-Pools</translation>
    </message>
    <message>
        <source>Front End server FQDN</source>
        <translation>FQDN eines Front-End-Servers</translation>
    </message>
    <message>
        <source>Standard Edition server FQDN</source>
        <translation>FQDN des Standard Edition-Servers</translation>
    </message>
    <message>
        <source>Front End internal web services FQDN</source>
        <translation>FQDN der internen Webdienste des Front-End-Pools</translation>
    </message>
    <message>
        <source>Front End external web services FQDN</source>
        <translation>FQDN der externen Webdienste des Front-End-Pools</translation>
    </message>
    <message>
        <source>Director pool FQDN</source>
        <translation>FQDN des Directorpools</translation>
    </message>
    <message>
        <source>Director server FQDN</source>
        <translation>FQDN eines Directors</translation>
    </message>
    <message>
        <source>Director internal web services FQDN</source>
        <translation>FQDN der internen Webdienste des Directors</translation>
    </message>
    <message>
        <source>Director external web services FQDN</source>
        <translation>FQDN der externen Webdienste des Directors</translation>
    </message>
    <message>
        <source>Edge internal FQDN</source>
        <translation>interne FQDN des Edgeservers</translation>
    </message>
    <message>
        <source>Edge server FQDN</source>
        <translation>FQDN eines Edgeservers</translation>
    </message>
    <message>
        <source>Access Edge FQDN</source>
        <translation>Zugriffs-Edge-FQDN</translation>
    </message>
    <message>
        <source>Web Conferencing Edge FQDN</source>
        <translation>Webkonferenz-Edge-FQDN</translation>
    </message>
    <message>
        <source>A/V Edge FQDN</source>
        <translation>A/V-Edge-FQDN</translation>
    </message>
    <message>
        <source>XMPP host</source>
        <translation>XMPP-Host</translation>
    </message>
    <message>
        <source>Persistent Chat pool FQDN</source>
        <translation>FQDN des Pools für beständigen Chat</translation>
    </message>
    <message>
        <source>Persistent Chat server FQDN</source>
        <translation>FQDN eines Servers für beständigen Chat</translation>
    </message>
    <message>
        <source>Office Web Apps internal FQDN</source>
        <translation>interne FQDN des Office Web Apps-Servers</translation>
    </message>
    <message>
        <source>Office Web Apps external FQDN</source>
        <translation>externe FQDN des Office Web Apps-Servers</translation>
    </message>
    <message>
        <source>Meet simple URL host</source>
        <translation>Host der einfachen Besprechungs-URL</translation>
    </message>
    <message>
        <source>Dial-in simple URL host</source>
        <translation>Host der einfachen Einwahl-URL</translation>
    </message>
    <message>
        <source>Admin simple URL host</source>
        <translation>Host der einfachen Verwaltungs-URL</translation>
    </message>
    <message>
        <source>internal sip.&lt;SIP domain&gt; host record</source>
        <translation>interne Hosteintrag sip.&lt;SIP-Domäne&gt;</translation>
    </message>
    <message>
        <source>external sip.&lt;SIP domain&gt; Access Edge name</source>
        <translation>externe Name sip.&lt;SIP-Domäne&gt; des Zugriffs-Edgedienstes</translation>
    </message>
    <message>
        <source>sipinternal.&lt;SIP domain&gt; host record</source>
        <translation>Hosteintrag sipinternal.&lt;SIP-Domäne&gt;</translation>
    </message>
    <message>
        <source>sipexternal.&lt;SIP domain&gt; host record</source>
        <translation>Hosteintrag sipexternal.&lt;SIP-Domäne&gt;</translation>
    </message>
    <message>
        <source>lyncdiscover.&lt;SIP domain&gt; Autodiscover record</source>
        <translation>AutoErmittlungseintrag lyncdiscover.&lt;SIP-Domäne&gt;</translation>
    </message>
    <message>
        <source>lyncdiscoverinternal.&lt;SIP domain&gt; Autodiscover record</source>
        <translation>AutoErmittlungseintrag lyncdiscoverinternal.&lt;SIP-Domäne&gt;</translation>
    </message>
    <message>
        <source>sign-in SRV target inside the SIP domain</source>
        <translation>SRV-Zielhost für die Anmeldung innerhalb der SIP-Domäne</translation>
    </message>
    <message>
        <source>ucupdates-r2.&lt;SIP domain&gt; device update host</source>
        <translation>Host ucupdates-r2.&lt;SIP-Domäne&gt; für Geräteupdates</translation>
    </message>
    <message>
        <source>Mediation pool FQDN</source>
        <translation>FQDN des Vermittlungspools</translation>
    </message>
    <message>
        <source>Mediation server FQDN</source>
        <translation>FQDN eines Vermittlungsservers</translation>
    </message>
    <message>
        <source>Office Web Apps server FQDN</source>
        <translation>FQDN eines Office Web Apps-Servers</translation>
    </message>
    <message>
        <source>Survivable Branch Appliance FQDN</source>
        <translation>FQDN einer Survivable Branch Appliance</translation>
    </message>
</context>
<context>
    <name>RuleInfo</name>
    <message>
        <source>Address fields hold valid IPv4 or IPv6 addresses</source>
        <translation>Adressfelder enthalten gültige IPv4- oder IPv6-Adressen</translation>
    </message>
    <message>
        <source>A value the topology needs is filled in</source>
        <translation>Ein Wert, den die Topologie benötigt, ist ausgefüllt</translation>
    </message>
    <message>
        <source>The topology has a supported structure</source>
        <translation>Die Topologie hat einen unterstützten Aufbau</translation>
    </message>
    <message>
        <source>Each SIP domain is listed once</source>
        <translation>Jede SIP-Domäne ist nur einmal aufgeführt</translation>
    </message>
    <message>
        <source>Each server has an FQDN of its own</source>
        <translation>Jeder Server hat einen eigenen FQDN</translation>
    </message>
    <message>
        <source>One FQDN is claimed by one role only</source>
        <translation>Ein FQDN gehört nur zu einer einzigen Rolle</translation>
    </message>
    <message>
        <source>The servers of a DNS load-balanced pool have addresses of their own</source>
        <translation>Die Server eines Pools mit DNS-Lastenausgleich haben eigene Adressen</translation>
    </message>
    <message>
        <source>The Edge&apos;s internal and external sides use the same IP versions</source>
        <translation>Interne und externe Seite des Edgeservers verwenden dieselben IP-Versionen</translation>
    </message>
    <message>
        <source>Access, Web Conferencing and A/V Edge share one public address</source>
        <translation>Zugriffs-, Webkonferenz- und A/V-Edgedienst teilen sich eine öffentliche Adresse</translation>
    </message>
    <message>
        <source>Host names use letters, digits and hyphens and are fully qualified</source>
        <translation>Hostnamen bestehen aus Buchstaben, Ziffern und Bindestrichen und sind vollqualifiziert</translation>
    </message>
    <message>
        <source>An SRV record targets a host inside its SIP domain</source>
        <translation>Ein SRV-Eintrag verweist auf einen Host innerhalb seiner SIP-Domäne</translation>
    </message>
    <message>
        <source>An SRV target has A/AAAA records, not a CNAME</source>
        <translation>Ein SRV-Ziel hat A-/AAAA-Einträge, keinen CNAME-Eintrag</translation>
    </message>
    <message>
        <source>A DNS load-balanced pool has at least two servers</source>
        <translation>Ein Pool mit DNS-Lastenausgleich hat mindestens zwei Server</translation>
    </message>
    <message>
        <source>A DNS load-balanced pool has its own internal web FQDN on a load-balanced VIP</source>
        <translation>Ein Pool mit DNS-Lastenausgleich hat einen eigenen internen Web-FQDN auf einer VIP mit Lastenausgleich</translation>
    </message>
    <message>
        <source>A DNS load-balanced Edge pool has two servers or more; a hardware one has no NAT</source>
        <translation>Ein Edgepool mit DNS-Lastenausgleich hat zwei oder mehr Server; einer mit Hardwarelastenausgleich hat kein NAT</translation>
    </message>
    <message>
        <source>DNS load balancing needs round robin on the DNS server</source>
        <translation>DNS-Lastenausgleich erfordert Round-Robin auf dem DNS-Server</translation>
    </message>
    <message>
        <source>The IPv6 addresses of one pool share one scope</source>
        <translation>Die IPv6-Adressen eines Pools liegen im selben Bereich</translation>
    </message>
    <message>
        <source>Autodiscover is published externally through a reverse proxy</source>
        <translation>Die AutoErmittlung wird extern über einen Reverseproxy veröffentlicht</translation>
    </message>
    <message>
        <source>A pool&apos;s external web FQDN differs from its internal web FQDN</source>
        <translation>Der externe Web-FQDN eines Pools unterscheidet sich von seinem internen Web-FQDN</translation>
    </message>
    <message>
        <source>Push notifications have a reverse proxy and an Edge to work through</source>
        <translation>Pushbenachrichtigungen laufen über einen Reverseproxy und einen Edgeserver</translation>
    </message>
    <message>
        <source>The lyncdiscover CNAME stays inside its SIP domain</source>
        <translation>Der CNAME-Eintrag lyncdiscover bleibt innerhalb seiner SIP-Domäne</translation>
    </message>
    <message>
        <source>lyncdiscoverinternal does not resolve externally</source>
        <translation>lyncdiscoverinternal wird extern nicht aufgelöst</translation>
    </message>
    <message>
        <source>Internal web services FQDNs resolve only inside</source>
        <translation>FQDNs der internen Webdienste werden nur intern aufgelöst</translation>
    </message>
    <message>
        <source>The Admin simple URL is internal only</source>
        <translation>Die einfache Verwaltungs-URL ist nur intern</translation>
    </message>
    <message>
        <source>sipinternal does not resolve externally</source>
        <translation>sipinternal wird extern nicht aufgelöst</translation>
    </message>
    <message>
        <source>Pool, server and other internal-only names stay out of public DNS</source>
        <translation>Pool-, Server- und andere rein interne Namen bleiben außerhalb des öffentlichen DNS</translation>
    </message>
    <message>
        <source>External records carry public addresses</source>
        <translation>Externe Einträge enthalten öffentliche Adressen</translation>
    </message>
    <message>
        <source>The Edge internal FQDN resolves only inside</source>
        <translation>Der interne FQDN des Edgeservers wird nur intern aufgelöst</translation>
    </message>
    <message>
        <source>There is one Meet URL per SIP domain</source>
        <translation>Pro SIP-Domäne gibt es genau eine Besprechungs-URL</translation>
    </message>
    <message>
        <source>Simple URLs are https, without a port, unique, no prefix of another, no pool FQDN</source>
        <translation>Einfache URLs verwenden https, keinen Port, sind eindeutig, kein Präfix einer anderen und kein Pool-FQDN</translation>
    </message>
    <message>
        <source>Skype for Business: a simple URL host is not a SIP domain itself</source>
        <translation>Skype for Business: Der Host einer einfachen URL ist nicht selbst eine SIP-Domäne</translation>
    </message>
    <message>
        <source>With IPv6 on, every host has an IPv6 address</source>
        <translation>Bei aktiviertem IPv6 hat jeder Host eine IPv6-Adresse</translation>
    </message>
    <message>
        <source>Without split-brain DNS, internal names in SIP domains need pin-point zones</source>
        <translation>Ohne Split-Brain-DNS benötigen interne Namen in SIP-Domänen Pinpoint-Zonen</translation>
    </message>
    <message>
        <source>See docs/reference/rules.md for this rule.</source>
        <translation>Informationen zu dieser Regel finden Sie in docs/reference/rules.md.</translation>
    </message>
    <message>
        <source>Every name generated under a SIP domain fits DNS limits</source>
        <translation>Jeder unter einer SIP-Domäne erzeugte Name hält die DNS-Längengrenzen ein</translation>
    </message>
    <message>
        <source>No XMPP or Persistent Chat with Skype for Business Server 2019 or Subscription Edition</source>
        <translation>Kein XMPP und kein beständiger Chat mit Skype for Business Server 2019 oder Subscription Edition</translation>
    </message>
    <message>
        <source>Site, branch site and reverse proxy names are unique</source>
        <translation>Namen von Standorten, Zweigstellenstandorten und Reverseproxys sind eindeutig</translation>
    </message>
    <message>
        <source>Every reference names an object the plan holds</source>
        <translation>Jeder Verweis nennt ein Objekt, das der Plan enthält</translation>
    </message>
    <message>
        <source>One Edge pool is the federation route</source>
        <translation>Ein einziger Edgepool ist die Verbundroute</translation>
    </message>
    <message>
        <source>GeoDNS answers with paired pools that have internal and external web FQDNs</source>
        <translation>GeoDNS antwortet mit gekoppelten Pools, die interne und externe Web-FQDNs haben</translation>
    </message>
    <message>
        <source>SRV records of one name have distinct priorities</source>
        <translation>SRV-Einträge desselben Namens haben unterschiedliche Prioritäten</translation>
    </message>
    <message>
        <source>Web services FQDNs are unique across all Front End and Director pools</source>
        <translation>FQDNs der Webdienste sind über alle Front-End- und Directorpools hinweg eindeutig</translation>
    </message>
    <message>
        <source>A name that is a CNAME holds no other records and is no zone apex</source>
        <translation>Ein Name mit CNAME-Eintrag enthält keine weiteren Einträge und ist nicht der Apex einer Zone</translation>
    </message>
    <message>
        <source>Site-scoped simple URLs are complete and do not meet a cross-site failover</source>
        <translation>Standortbezogene einfache URLs sind vollständig und treffen auf kein standortübergreifendes Failover</translation>
    </message>
    <message>
        <source>A name clients reach is one the certificate wizard adds</source>
        <translation>Ein Name, den Clients erreichen, wird vom Zertifikat-Assistenten hinzugefügt</translation>
    </message>
    <message>
        <source>Hybrid has an Edge pool for the federation SRVs</source>
        <translation>Eine Hybridbereitstellung hat einen Edgepool für die Verbund-SRVs</translation>
    </message>
    <message>
        <source>In hybrid the Edge servers resolve the federation SRV of every SIP domain</source>
        <translation>In einer Hybridbereitstellung lösen die Edgeserver den Verbund-SRV jeder SIP-Domäne auf</translation>
    </message>
    <message>
        <source>In hybrid internal clients resolve the Web Conferencing Edge name</source>
        <translation>In einer Hybridbereitstellung lösen interne Clients den Namen des Webkonferenz-Edgedienstes auf</translation>
    </message>
</context>
<context>
    <name>Runbook</name>
    <message>
        <source>Federated partners that use Direct Federation (an allowed-domain entry with a fixed ProxyFqdn, &quot;Allowed Partner Server&quot;) must remove that ProxyFqdn, and purely on-premises partners need an enabled hosting provider for %1, or federation with them stops at this step: tell your partners before the window.</source>
        <translation>Verbundpartner, die den direkten Verbund nutzen (ein Eintrag für eine zulässige Domäne mit festem ProxyFqdn, „Allowed Partner Server“), müssen diesen ProxyFqdn entfernen, und rein lokale Partner benötigen einen aktivierten Hostinganbieter für %1, sonst endet der Verbund mit ihnen bei diesem Schritt: Informieren Sie Ihre Partner vor dem Wartungsfenster.</translation>
    </message>
    <message>
        <source>Not yet: %1 still on premises. Run this step once the last SIP domain has moved.</source>
        <translation>Noch nicht: %1 noch lokal. Führen Sie diesen Schritt aus, sobald die letzte SIP-Domäne verschoben ist.</translation>
    </message>
    <message>
        <source>Lower the TTLs ahead of the window</source>
        <translation>TTLs vor dem Wartungsfenster senken</translation>
    </message>
    <message>
        <source>At least %1 seconds (the TTL the records have now) before the DNS change, set the TTL of every record that changes or goes to %2 seconds, so that resolvers see the change, and a rollback, within minutes. The change script does it with -Step %3.</source>
        <translation>Setzen Sie mindestens %1 Sekunden (die aktuelle TTL der Einträge) vor der DNS-Änderung die TTL jedes Eintrags, der sich ändert oder entfällt, auf %2 Sekunden, damit Resolver die Änderung – und ein Rückgängigmachen – innerhalb von Minuten sehen. Das Änderungsskript erledigt dies mit -Step %3.</translation>
    </message>
    <message>
        <source>Move the users to Teams</source>
        <translation>Benutzer zu Teams verschieben</translation>
    </message>
    <message>
        <source>In the Skype for Business Server Management Shell: list the users still homed on premises and move every one who stays in use to Microsoft 365 (Target: the hosting provider&apos;s ProxyFqdn); disable the accounts nobody needs. Export the hybrid application endpoints, to replace them with resource accounts in the same window as the DNS change.</source>
        <translation>In der Skype for Business Server-Verwaltungsshell: Listen Sie die Benutzer auf, die noch lokal beheimatet sind, und verschieben Sie jeden, der weiter genutzt wird, zu Microsoft 365 (Target: der ProxyFqdn des Hostinganbieters); deaktivieren Sie die Konten, die niemand benötigt. Exportieren Sie die Hybridanwendungsendpunkte, um sie im selben Wartungsfenster wie die DNS-Änderung durch Ressourcenkonten zu ersetzen.</translation>
    </message>
    <message>
        <source>Users move only through a hybrid configuration: set the plan up for hybrid first (lyncdns migrate PLAN --to hybrid) and run that runbook.</source>
        <translation>Benutzer lassen sich nur über eine Hybridkonfiguration verschieben: Richten Sie den Plan zuerst für die Hybridbereitstellung ein (lyncdns migrate PLAN --to hybrid), und arbeiten Sie diesen Ablaufplan ab.</translation>
    </message>
    <message>
        <source>Hybrid application endpoints are not discoverable between the DNS change and their move to resource accounts: do both in one maintenance window.</source>
        <translation>Hybridanwendungsendpunkte sind zwischen der DNS-Änderung und ihrer Umstellung auf Ressourcenkonten nicht auffindbar: Erledigen Sie beides im selben Wartungsfenster.</translation>
    </message>
    <message>
        <source>Point the DNS records at %1</source>
        <translation>DNS-Einträge auf %1 umstellen</translation>
    </message>
    <message>
        <source>For %1: the federation and sign-in SRVs, lyncdiscover and sip now point at %2, TTL %3, on the external DNS servers and, where a domain has split-brain DNS, on the internal ones too (their zone would hide the public records). A name that changes type (sip from A to CNAME) loses its old records first. The change script does it with -Step %4.</source>
        <translation>Für %1: Die Verbund- und Anmelde-SRVs, lyncdiscover und sip verweisen jetzt auf %2, TTL %3, auf den externen DNS-Servern und, wo eine Domäne Split-Brain-DNS hat, auch auf den internen (deren Zone würde die öffentlichen Einträge verdecken). Bei einem Namen, der den Typ wechselt (sip von A zu CNAME), werden zuerst die alten Einträge entfernt. Das Änderungsskript erledigt dies mit -Step %4.</translation>
    </message>
    <message>
        <source>Switch the tenant to Teams Only</source>
        <translation>Mandanten auf „Nur Teams“ umstellen</translation>
    </message>
    <message>
        <source>In Teams PowerShell (or Teams admin center, Org-wide settings, Teams upgrade). Microsoft checks lyncdiscover of every SIP domain here and refuses while one points on premises; the error names the records at fault.</source>
        <translation>In Teams PowerShell (oder im Teams Admin Center unter „Organisationsweite Einstellungen“, „Teams-Upgrade“). Microsoft prüft hier lyncdiscover jeder SIP-Domäne und lehnt die Umstellung ab, solange einer davon auf die lokale Bereitstellung verweist; die Fehlermeldung nennt die betroffenen Einträge.</translation>
    </message>
    <message>
        <source>Disable the shared SIP address space</source>
        <translation>Gemeinsam genutzten SIP-Adressraum deaktivieren</translation>
    </message>
    <message>
        <source>In Teams PowerShell: the tenant stops sharing its SIP domains with the on-premises deployment.</source>
        <translation>In Teams PowerShell: Der Mandant teilt seine SIP-Domänen nicht mehr mit der lokalen Bereitstellung.</translation>
    </message>
    <message>
        <source>Disable the hosting provider on premises</source>
        <translation>Hostinganbieter in der lokalen Bereitstellung deaktivieren</translation>
    </message>
    <message>
        <source>In the Skype for Business Server Management Shell: the deployment stops communicating with Microsoft 365.</source>
        <translation>In der Skype for Business Server-Verwaltungsshell: Die Bereitstellung kommuniziert nicht mehr mit Microsoft 365.</translation>
    </message>
    <message>
        <source>Remove the rest</source>
        <translation>Übrige Einträge entfernen</translation>
    </message>
    <message>
        <source>The on-premises records of %1 that nothing replaces (internal sign-in SRVs, lyncdiscoverinternal, sipinternal, sipexternal, simple URLs, the Edge&apos;s names under the domain): nothing uses them once the tenant is Teams Only. Server and pool records stay until the servers are decommissioned. The change script does it with -Step %2.</source>
        <translation>Die lokalen Einträge von %1, die nichts ersetzt (interne Anmelde-SRVs, lyncdiscoverinternal, sipinternal, sipexternal, einfache URLs, die Namen des Edge unter der Domäne): Nichts verwendet sie mehr, sobald der Mandant im Modus „Nur Teams“ ist. Server- und Pooleinträge bleiben bestehen, bis die Server außer Betrieb genommen werden. Das Änderungsskript erledigt dies mit -Step %2.</translation>
    </message>
    <message>
        <source>Publish the federation SRV of every SIP domain</source>
        <translation>Verbund-SRV jeder SIP-Domäne veröffentlichen</translation>
    </message>
    <message>
        <source>Every external record keeps pointing on premises; _sipfederationtls._tcp of every SIP domain points at the Access Edge. The change script does it with -Step %1.</source>
        <translation>Alle externen Einträge verweisen weiterhin auf die lokale Bereitstellung; _sipfederationtls._tcp jeder SIP-Domäne verweist auf den Zugriffs-Edgedienst. Das Änderungsskript erledigt dies mit -Step %1.</translation>
    </message>
    <message>
        <source>The Edge servers must resolve _sipfederationtls._tcp of every SIP domain to their own Access Edge (strict name matching): if they ask internal DNS servers with a zone for the domain, that zone needs the SRV too.</source>
        <translation>Die Edgeserver müssen _sipfederationtls._tcp jeder SIP-Domäne zu ihrem eigenen Zugriffs-Edgedienst auflösen (strenger Namensabgleich): Fragen sie interne DNS-Server mit einer Zone für die Domäne ab, benötigt diese Zone den SRV ebenfalls.</translation>
    </message>
    <message>
        <source>Internal clients must resolve each Web Conferencing Edge FQDN to its external address, to present in meetings with online users.</source>
        <translation>Interne Clients müssen jeden Webkonferenz-Edge-FQDN zu seiner externen Adresse auflösen, um in Besprechungen mit Onlinebenutzern präsentieren zu können.</translation>
    </message>
    <message>
        <source>lyncdiscover of every SIP domain must point on premises in public DNS before the domain is verified in Microsoft 365, or the tenant stays Teams Only.</source>
        <translation>lyncdiscover jeder SIP-Domäne muss im öffentlichen DNS auf die lokale Bereitstellung verweisen, bevor die Domäne in Microsoft 365 verifiziert wird, sonst bleibt der Mandant im Modus „Nur Teams“.</translation>
    </message>
    <message>
        <source>Federate the Edge with Microsoft 365 and share the SIP address space</source>
        <translation>Verbund des Edge mit Microsoft 365 einrichten und SIP-Adressraum gemeinsam nutzen</translation>
    </message>
    <message>
        <source>In the Skype for Business Server Management Shell: federation through DNS SRV routing, and a hosting provider for %1 with shared address space (remove an existing hosting provider with that ProxyFqdn first).</source>
        <translation>In der Skype for Business Server-Verwaltungsshell: Verbund über DNS-SRV-Routing und ein Hostinganbieter für %1 mit gemeinsam genutztem Adressraum (entfernen Sie zuvor einen vorhandenen Hostinganbieter mit diesem ProxyFqdn).</translation>
    </message>
    <message>
        <source>Microsoft&apos;s page shows these commands with the commercial endpoints; here they carry those of %1.</source>
        <translation>Die Seite von Microsoft zeigt diese Befehle mit den kommerziellen Endpunkten; hier enthalten sie die von %1.</translation>
    </message>
    <message>
        <source>Share the SIP address space in the tenant</source>
        <translation>SIP-Adressraum im Mandanten gemeinsam nutzen</translation>
    </message>
    <message>
        <source>In Teams PowerShell. It stays $true until the last user has moved.</source>
        <translation>In Teams PowerShell. Der Wert bleibt $true, bis der letzte Benutzer verschoben ist.</translation>
    </message>
    <message>
        <source>Change the DNS records</source>
        <translation>DNS-Einträge ändern</translation>
    </message>
    <message>
        <source>Put the records of the target phase in place. Moving users back and the tenant and on-premises settings of that phase are outside this runbook. The change script does it with -Step 1.</source>
        <translation>Richten Sie die Einträge der Zielphase ein. Das Zurückverschieben von Benutzern sowie die Mandanten- und lokalen Einstellungen dieser Phase gehören nicht zu diesem Ablaufplan. Das Änderungsskript erledigt dies mit -Step 1.</translation>
    </message>
</context>
<context>
    <name>ScopedView</name>
    <message>
        <source>New %1 in site %2</source>
        <extracomment>Heading of an editor page: %1 a role (&quot;Edge pool&quot;), %2 the site name.</extracomment>
        <translation>Neu: %1 am Standort %2</translation>
    </message>
    <message>
        <source>%1 %2 of %3 in site %4</source>
        <extracomment>Heading of an editor page: %1 a role (&quot;Edge pool&quot;), %2 its number in the site, %3 how many the site has, %4 the site name.</extracomment>
        <translation>%1 %2 von %3 am Standort %4</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>a host name is needed here</source>
        <translation>hier ist ein Hostname erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: %2</source>
        <translation>„%1“ ist kein gültiger Hostname: %2</translation>
    </message>
    <message>
        <source>an IPv4 address is needed here</source>
        <translation>hier ist eine IPv4-Adresse erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (expected a.b.c.d)</source>
        <translation>„%1“ ist keine IPv4-Adresse (erwartet: a.b.c.d)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>SIP domain %1 is listed twice (also sipDomains[%2])</source>
        <translation>SIP-Domäne %1 ist doppelt aufgeführt (auch sipDomains[%2])</translation>
    </message>
    <message>
        <source>Front End pool</source>
        <extracomment>%1 in &quot;the %1 needs at least one server&quot;, &quot;a DNS load-balanced %1 …&quot; and &quot;a %1 with %2 servers …&quot;.</extracomment>
        <translation>Front-End-Pool</translation>
    </message>
    <message>
        <source>Director pool</source>
        <translation>Directorpool</translation>
    </message>
    <message>
        <source>the %1 needs at least one server</source>
        <translation>der %1 benötigt mindestens einen Server</translation>
    </message>
    <message>
        <source>a Standard Edition server is never load balanced; use &quot;none&quot;</source>
        <translation>ein Standard Edition-Server wird nie mit Lastenausgleich betrieben; verwenden Sie „none“</translation>
    </message>
    <message>
        <source>Standard Edition has exactly one server</source>
        <translation>Standard Edition hat genau einen Server</translation>
    </message>
    <message>
        <source>the internal web services FQDN of a Standard Edition server is its own FQDN and cannot be overridden</source>
        <translation>der FQDN der internen Webdienste eines Standard Edition-Servers ist dessen eigener FQDN und kann nicht überschrieben werden</translation>
    </message>
    <message>
        <source>hardware load balancing needs the load balancer VIP</source>
        <translation>Hardwarelastenausgleich erfordert die VIP des Lastenausgleichsmoduls</translation>
    </message>
    <message>
        <source>a DNS load-balanced %1 needs at least two servers</source>
        <translation>ein %1 mit DNS-Lastenausgleich benötigt mindestens zwei Server</translation>
    </message>
    <message>
        <source>with DNS load balancing the pool and its internal web services cannot share the FQDN %1: override the internal web services FQDN</source>
        <translation>bei DNS-Lastenausgleich können der Pool und seine internen Webdienste nicht denselben FQDN %1 verwenden: überschreiben Sie den FQDN der internen Webdienste</translation>
    </message>
    <message>
        <source>web traffic cannot use DNS load balancing: give the hardware load balancer VIP for internal web services</source>
        <translation>Webdatenverkehr kann keinen DNS-Lastenausgleich verwenden: geben Sie die VIP des Hardwarelastenausgleichsmoduls für die internen Webdienste an</translation>
    </message>
    <message>
        <source>a %1 with %2 servers needs DNS or hardware load balancing</source>
        <translation>ein %1 mit %2 Servern benötigt DNS- oder Hardwarelastenausgleich</translation>
    </message>
    <message>
        <source>the external web services FQDN must differ from the internal one (%1)</source>
        <translation>der FQDN der externen Webdienste muss sich vom internen unterscheiden (%1)</translation>
    </message>
    <message>
        <source>the Edge needs at least one server</source>
        <translation>der Edge benötigt mindestens einen Server</translation>
    </message>
    <message>
        <source>a single Edge has one server; choose scaled-dns or scaled-hardware for %1</source>
        <translation>ein einzelner Edge hat genau einen Server; wählen Sie für %1 Server scaled-dns oder scaled-hardware</translation>
    </message>
    <message>
        <source>a DNS load-balanced Edge pool needs at least two servers</source>
        <translation>ein Edgepool mit DNS-Lastenausgleich benötigt mindestens zwei Server</translation>
    </message>
    <message>
        <source>an Edge pool behind hardware load balancers needs publicly routable addresses without NAT</source>
        <translation>ein Edgepool hinter Hardwarelastenausgleichsmodulen benötigt öffentlich routbare Adressen ohne NAT</translation>
    </message>
    <message>
        <source>a hardware load-balanced Edge needs the internal, access, web conferencing and A/V VIPs</source>
        <translation>ein Edge mit Hardwarelastenausgleich benötigt die interne VIP sowie die VIPs für Zugriffs-, Webkonferenz- und A/V-Edgedienst</translation>
    </message>
    <message>
        <source>VIPs are used only with the scaled-hardware layout; they are ignored</source>
        <translation>VIPs werden nur mit dem Layout scaled-hardware verwendet; sie werden ignoriert</translation>
    </message>
    <message>
        <source>the Access, Web Conferencing and A/V Edge FQDNs must be three different names</source>
        <translation>die FQDNs für Zugriffs-, Webkonferenz- und A/V-Edgedienst müssen drei verschiedene Namen sein</translation>
    </message>
    <message>
        <source>the reverse proxy publishes the Front End external web services: name them</source>
        <translation>der Reverseproxy veröffentlicht die externen Webdienste des Front-End-Pools: geben Sie deren FQDN an</translation>
    </message>
    <message>
        <source>publish the Director&apos;s external web services too (authentication goes there first)</source>
        <translation>veröffentlichen Sie auch die externen Webdienste des Directors (die Authentifizierung erfolgt zuerst dort)</translation>
    </message>
    <message>
        <source>without a reverse proxy lyncdiscover.&lt;SIP domain&gt; cannot be published: mobile and external clients will not find Autodiscover</source>
        <translation>ohne Reverseproxy kann lyncdiscover.&lt;SIP-Domäne&gt; nicht veröffentlicht werden: mobile und externe Clients finden die AutoErmittlung nicht</translation>
    </message>
    <message>
        <source>push notifications are a mobility feature: mobility needs a reverse proxy</source>
        <translation>Pushbenachrichtigungen sind eine Mobilitätsfunktion: Mobilität erfordert einen Reverseproxy</translation>
    </message>
    <message>
        <source>push notifications need _sipfederationtls._tcp, which points at an Access Edge: plan an Edge</source>
        <translation>Pushbenachrichtigungen benötigen _sipfederationtls._tcp, das auf einen Zugriffs-Edgedienst verweist: planen Sie einen Edgeserver ein</translation>
    </message>
    <message>
        <source>Skype for Business Server 2019 has no MCX mobility service; push applies only to older mobile clients</source>
        <translation>Skype for Business Server 2019 hat keinen MCX-Mobilitätsdienst; Pushbenachrichtigungen betreffen nur ältere mobile Clients</translation>
    </message>
    <message>
        <source>discoverable federation publishes the Access Edge: plan an Edge</source>
        <translation>ein auffindbarer Verbund veröffentlicht den Zugriffs-Edgedienst: planen Sie einen Edgeserver ein</translation>
    </message>
    <message>
        <source>federation is not enabled, yet it is marked discoverable</source>
        <translation>der Verbund ist nicht aktiviert, aber als auffindbar markiert</translation>
    </message>
    <message>
        <source>lyncdiscover.%1 as a CNAME to %2 (another domain) fails over HTTPS; publish port 80 (to 8080) on the reverse proxy or use an A record</source>
        <translation>lyncdiscover.%1 als CNAME-Eintrag auf %2 (andere Domäne) schlägt über HTTPS fehl; veröffentlichen Sie Port 80 (auf 8080) am Reverseproxy oder verwenden Sie einen A-Eintrag</translation>
    </message>
    <message>
        <source>there is one Meet URL per SIP domain: %1 SIP domains, %2 Meet URLs</source>
        <translation>pro SIP-Domäne gibt es genau eine Besprechungs-URL: %1 SIP-Domänen, %2 Besprechungs-URLs</translation>
    </message>
    <message>
        <source>simple URLs use https:// only</source>
        <translation>einfache URLs verwenden ausschließlich https://</translation>
    </message>
    <message>
        <source>simple URLs cannot carry a port</source>
        <translation>einfache URLs dürfen keinen Port enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid simple URL host: %2</source>
        <translation>„%1“ ist kein gültiger Host für eine einfache URL: %2</translation>
    </message>
    <message>
        <source>%1 is used twice; simple URLs must be unique</source>
        <translation>%1 wird doppelt verwendet; einfache URLs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>%1 and %2: one simple URL cannot be a prefix of another</source>
        <translation>%1 und %2: eine einfache URL darf kein Präfix einer anderen sein</translation>
    </message>
    <message>
        <source>a simple URL cannot use a pool FQDN</source>
        <translation>eine einfache URL darf keinen Pool-FQDN verwenden</translation>
    </message>
    <message>
        <source>the simple URL host must not equal the SIP domain %1</source>
        <translation>der Host der einfachen URL darf nicht mit der SIP-Domäne %1 übereinstimmen</translation>
    </message>
    <message>
        <source>Skype for Business Server 2019 has no XMPP gateway</source>
        <translation>Skype for Business Server 2019 hat kein XMPP-Gateway</translation>
    </message>
    <message>
        <source>the XMPP proxy runs on the Access Edge: plan an Edge</source>
        <translation>der XMPP-Proxy läuft auf dem Zugriffs-Edgedienst: planen Sie einen Edgeserver ein</translation>
    </message>
    <message>
        <source>_xmpp-server._tcp.%1 would point at %2, outside its SIP domain</source>
        <translation>_xmpp-server._tcp.%1 würde auf %2 verweisen, also außerhalb seiner SIP-Domäne</translation>
    </message>
    <message>
        <source>Skype for Business Server 2019 has no Persistent Chat role</source>
        <translation>Skype for Business Server 2019 hat keine Serverrolle für beständigen Chat</translation>
    </message>
    <message>
        <source>%1 is already used at %2</source>
        <translation>%1 wird bereits unter %2 verwendet</translation>
    </message>
    <message>
        <source>the Admin URL %1 is internal only, but %2 publishes the same name externally</source>
        <translation>die Verwaltungs-URL %1 ist nur intern, aber %2 veröffentlicht denselben Namen extern</translation>
    </message>
    <message>
        <source>%1 is the %2 and must resolve only inside; choose another external name</source>
        <translation>%1 ist der %2 und darf nur intern aufgelöst werden; wählen Sie einen anderen externen Namen</translation>
    </message>
    <message>
        <source>%1 is an Autodiscover CNAME and cannot also hold other records</source>
        <translation>%1 ist ein CNAME-Eintrag der AutoErmittlung und kann keine weiteren Einträge enthalten</translation>
    </message>
    <message>
        <source>IPv6 is on but %1 has no IPv6 address: no AAAA record</source>
        <translation>IPv6 ist aktiviert, aber %1 hat keine IPv6-Adresse: kein AAAA-Eintrag</translation>
    </message>
    <message>
        <source>the pool VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>die Pool-VIP</translation>
    </message>
    <message>
        <source>the internal web VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>die VIP der internen Webdienste</translation>
    </message>
    <message>
        <source>the reverse proxy</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>der Reverseproxy</translation>
    </message>
    <message>
        <source>Office Web Apps</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>der Office Web Apps-Server</translation>
    </message>
    <message>
        <source>the Edge internal VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>die interne Edge-VIP</translation>
    </message>
    <message>
        <source>the Access Edge VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>die VIP des Zugriffs-Edgediensts</translation>
    </message>
    <message>
        <source>the Web Conferencing Edge VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>die VIP des Webkonferenz-Edgediensts</translation>
    </message>
    <message>
        <source>the A/V Edge VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>die VIP des A/V-Edgediensts</translation>
    </message>
    <message>
        <source>the Edge internal interface</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>die interne Schnittstelle des Edgeservers</translation>
    </message>
    <message>
        <source>the Access Edge</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>der Zugriffs-Edgedienst</translation>
    </message>
    <message>
        <source>the Web Conferencing Edge</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>der Webkonferenz-Edgedienst</translation>
    </message>
    <message>
        <source>the A/V Edge</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation>der A/V-Edgedienst</translation>
    </message>
    <message>
        <source>no split-brain DNS: internal names in the SIP domains go into pin-point zones</source>
        <translation>kein Split-Brain-DNS: interne Namen in den SIP-Domänen werden in Pinpoint-Zonen eingetragen</translation>
    </message>
    <message>
        <source>DNS load balancing works only with round robin enabled on the DNS servers</source>
        <translation>DNS-Lastenausgleich funktioniert nur, wenn auf den DNS-Servern Round-Robin aktiviert ist</translation>
    </message>
    <message>
        <source>at least one SIP domain is needed</source>
        <translation>mindestens eine SIP-Domäne ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is both the %2 (%3) and the %4 (%5): a name holds one role only; give one of them another name</source>
        <translation>%1 ist sowohl der %2 (%3) als auch der %4 (%5): ein Name hat nur eine Rolle; geben Sie einer der beiden Rollen einen anderen Namen</translation>
    </message>
    <message>
        <source>%1 is already the address at %2: DNS load balancing needs one address per server</source>
        <translation>%1 ist bereits die Adresse unter %2: DNS-Lastenausgleich benötigt eine eigene Adresse pro Server</translation>
    </message>
    <message>
        <source>%1 is a %2 address but %3 is %4: the servers of a pool should use IPv6 addresses of one scope</source>
        <translation>%1 (%2) und %3 (%4) liegen in verschiedenen IPv6-Bereichen: die Server eines Pools sollten IPv6-Adressen desselben Bereichs verwenden</translation>
    </message>
    <message>
        <source>the Edge&apos;s internal side is dual-stack but its external side is IPv4 only: give the external side IPv6 addresses too, or no IPv6 address on the internal side</source>
        <translation>die interne Seite des Edgeservers ist Dual-Stack, die externe Seite aber nur IPv4: geben Sie auch der externen Seite IPv6-Adressen oder der internen Seite keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>%1 is the address of the %2: one public address for several Edge services works only with a distinct port for each service</source>
        <translation>%1 ist die Adresse für %2: eine öffentliche Adresse für mehrere Edgedienste funktioniert nur mit einem eigenen Port für jeden Dienst</translation>
    </message>
    <message>
        <source>%1 is not a public address (%2) and cannot be published in external DNS; with NAT, enter the public address the NAT maps to</source>
        <extracomment>%2 names the range, e.g. &quot;RFC 1918 private&quot; or &quot;multicast&quot;.</extracomment>
        <translation>%1 ist keine öffentliche Adresse (%2) und kann nicht im externen DNS veröffentlicht werden; geben Sie bei NAT die öffentliche Adresse an, die per NAT auf diese Adresse umgesetzt wird</translation>
    </message>
    <message>
        <source>%1&lt;SIP domain&gt; would be %2 characters long, over the 253 a DNS name can hold (63 per label): use a shorter SIP domain</source>
        <extracomment>%1 is the start of a generated name, such as &quot;_sipfederationtls._tcp.&quot;.</extracomment>
        <translation>%1&lt;SIP-Domäne&gt; wäre %2 Zeichen lang und damit länger als die 253 Zeichen, die ein DNS-Name haben kann (63 pro Namensteil): verwenden Sie eine kürzere SIP-Domäne</translation>
    </message>
    <message>
        <source>%1 is the apex of a zone (with its SOA and NS records), yet the plan also makes it a CNAME to %2: a CNAME cannot sit at a zone apex; remove or rename the SIP domain %1</source>
        <translation>%1 ist der Apex einer Zone (mit deren SOA- und NS-Einträgen), doch der Plan macht den Namen zusätzlich zu einem CNAME-Eintrag auf %2: am Apex einer Zone ist kein CNAME-Eintrag möglich; entfernen Sie die SIP-Domäne %1, oder benennen Sie sie um</translation>
    </message>
    <message>
        <source>the SRV record %1 would point at %2, which the plan makes a CNAME: an SRV target needs A/AAAA records of its own</source>
        <translation>der SRV-Eintrag %1 würde auf %2 verweisen, einen Namen, den der Plan zu einem CNAME-Eintrag macht: ein SRV-Ziel benötigt eigene A-/AAAA-Einträge</translation>
    </message>
    <message>
        <source>the name %1 is already used at %2: references to it would be ambiguous</source>
        <translation>der Name %1 wird bereits unter %2 verwendet: Verweise darauf wären mehrdeutig</translation>
    </message>
    <message>
        <source>at least one central site is needed</source>
        <translation>mindestens ein Zentralstandort ist erforderlich</translation>
    </message>
    <message>
        <source>every site needs a name</source>
        <translation>jeder Standort benötigt einen Namen</translation>
    </message>
    <message>
        <source>every reverse proxy needs a name: pools name the proxy that publishes them</source>
        <translation>jeder Reverseproxy benötigt einen Namen: Pools geben den Proxy, der sie veröffentlicht, mit seinem Namen an</translation>
    </message>
    <message>
        <source>the estate needs at least one Front End pool (or Standard Edition server): it homes the users</source>
        <translation>die Umgebung benötigt mindestens einen Front-End-Pool (oder Standard Edition-Server): dort sind die Benutzer beheimatet</translation>
    </message>
    <message>
        <source>%1 is not the FQDN of a Director or Front End pool of the plan</source>
        <translation>%1 ist nicht der FQDN eines Director- oder Front-End-Pools des Plans</translation>
    </message>
    <message>
        <source>no reverse proxy of the plan is named %1</source>
        <translation>kein Reverseproxy des Plans heißt %1</translation>
    </message>
    <message>
        <source>%1 is not the internal FQDN of an Edge pool of the plan</source>
        <translation>%1 ist nicht der interne FQDN eines Edgepools des Plans</translation>
    </message>
    <message>
        <source>%1 is not the FQDN of a Front End pool of the plan</source>
        <translation>%1 ist nicht der FQDN eines Front-End-Pools des Plans</translation>
    </message>
    <message>
        <source>%1 is a Director pool: a Front End pool is paired with another Front End pool</source>
        <translation>%1 ist ein Directorpool: ein Front-End-Pool wird mit einem anderen Front-End-Pool gekoppelt</translation>
    </message>
    <message>
        <source>a pool cannot be its own backup pool</source>
        <translation>ein Pool kann nicht sein eigener Sicherungspool sein</translation>
    </message>
    <message>
        <source>a branch site belongs to a central site: name it</source>
        <translation>ein Zweigstellenstandort gehört zu einem Zentralstandort: geben Sie diesen an</translation>
    </message>
    <message>
        <source>no central site of the plan is named %1</source>
        <translation>kein Zentralstandort des Plans heißt %1</translation>
    </message>
    <message>
        <source>%1 is not a SIP domain of the plan</source>
        <translation>%1 ist keine SIP-Domäne des Plans</translation>
    </message>
    <message>
        <source>site %1 has no reverse proxy: name the reverse proxy of another site that publishes %2</source>
        <translation>Standort %1 hat keinen Reverseproxy: geben Sie den Reverseproxy eines anderen Standorts an, der %2 veröffentlicht</translation>
    </message>
    <message>
        <source>%1 Edge pools are federation routes (%2): federation does not fail over by SRV priority, and several active federation Edge pools work only when every federated partner runs Lync Server or Skype for Business Server; mark one pool</source>
        <translation>%1 Edgepools sind Verbundrouten (%2): der Verbund wechselt nicht anhand der SRV-Priorität auf einen anderen Pool, und mehrere aktive Verbund-Edgepools funktionieren nur, wenn jeder Verbundpartner Lync Server oder Skype for Business Server einsetzt; kennzeichnen Sie einen einzigen Pool</translation>
    </message>
    <message>
        <source>%1 has the remote access priority %2 of %3: clients would pick either Edge pool by the order of the DNS answer; give each Edge pool its own priority</source>
        <translation>%1 hat dieselbe Remotezugriffspriorität %2 wie %3: Clients würden einen der beiden Edgepools nach der Reihenfolge der DNS-Antwort wählen; geben Sie jedem Edgepool eine eigene Priorität</translation>
    </message>
    <message>
        <source>%1 has the XMPP priority %2 of %3: give each XMPP Edge pool its own priority</source>
        <translation>%1 hat dieselbe XMPP-Priorität %2 wie %3: geben Sie jedem XMPP-Edgepool eine eigene Priorität</translation>
    </message>
    <message>
        <source>GeoDNS needs the paired pools it answers with</source>
        <translation>GeoDNS benötigt die gekoppelten Pools, mit denen es antwortet</translation>
    </message>
    <message>
        <source>GeoDNS with the one pool %1 has no pool to fail over to: list the pool it is paired with too</source>
        <translation>GeoDNS mit dem einzigen Pool %1 hat keinen Pool für ein Failover: führen Sie auch den damit gekoppelten Pool auf</translation>
    </message>
    <message>
        <source>%1 (%2) has no internal web services FQDN: the internal GeoDNS names answer with it</source>
        <translation>%1 (%2) hat keinen FQDN für die internen Webdienste: die internen GeoDNS-Namen antworten damit</translation>
    </message>
    <message>
        <source>%1 (%2) has no external web services FQDN: the external GeoDNS names answer with it</source>
        <translation>%1 (%2) hat keinen FQDN für die externen Webdienste: die externen GeoDNS-Namen antworten damit</translation>
    </message>
    <message>
        <source>%1 has no split-brain DNS, so its internal names live in pin-point zones; with GeoDNS they would be CNAMEs at those zones&apos; apex, where a CNAME cannot sit: use split-brain DNS for %1, or no GeoDNS</source>
        <translation>%1 hat kein Split-Brain-DNS, daher liegen die internen Namen in Pinpoint-Zonen; mit GeoDNS wären sie CNAME-Einträge am Apex dieser Zonen, wo kein CNAME-Eintrag möglich ist: verwenden Sie für %1 Split-Brain-DNS oder kein GeoDNS</translation>
    </message>
    <message>
        <source>%1 (site %2) is paired with %3 (site %4), and site %5 has site-scoped simple URLs: after a failover to the other site users cannot join meetings scheduled with their site&apos;s Meet URL; use global simple URLs, or pair pools of one site</source>
        <translation>%1 (Standort %2) ist mit %3 (Standort %4) gekoppelt, und Standort %5 hat standortbezogene einfache URLs: nach einem Failover zum anderen Standort können Benutzer nicht an Besprechungen teilnehmen, die mit der Besprechungs-URL ihres Standorts geplant wurden; verwenden Sie globale einfache URLs, oder koppeln Sie Pools desselben Standorts</translation>
    </message>
    <message>
        <source>%1 is already the external web services FQDN at %2: every pool needs external web services of its own</source>
        <translation>%1 ist bereits der FQDN der externen Webdienste unter %2: jeder Pool benötigt eigene externe Webdienste</translation>
    </message>
    <message>
        <source>%1 is already the internal web services FQDN at %2: every pool needs internal web services of its own</source>
        <translation>%1 ist bereits der FQDN der internen Webdienste unter %2: jeder Pool benötigt eigene interne Webdienste</translation>
    </message>
    <message>
        <source>%1 is not an SRV priority: use 0 to 65535</source>
        <translation>%1 ist keine SRV-Priorität: verwenden Sie 0 bis 65535</translation>
    </message>
    <message>
        <source>Persistent Chat pool</source>
        <extracomment>%1 in &quot;the %1 needs at least one server&quot;.</extracomment>
        <translation>Pool für beständigen Chat</translation>
    </message>
    <message>
        <source>Mediation pool</source>
        <extracomment>%1 in &quot;the %1 needs at least one server&quot;.</extracomment>
        <translation>Vermittlungspool</translation>
    </message>
    <message>
        <source>site %1 has site-scoped simple URLs, so its Dial-in URL is site-scoped too: give the site its own Dial-in URL</source>
        <translation>Standort %1 hat standortbezogene einfache URLs, daher ist auch seine Einwahl-URL standortbezogen: geben Sie dem Standort eine eigene Einwahl-URL</translation>
    </message>
    <message>
        <source>Skype for Business Server 2019 has no XMPP gateway: no Edge pool hosts XMPP</source>
        <translation>Skype for Business Server 2019 hat kein XMPP-Gateway: kein Edgepool stellt XMPP bereit</translation>
    </message>
    <message>
        <source>hybrid needs an Edge pool: _sipfederationtls._tcp of every SIP domain (%1) must point at an Access Edge, and the plan has none</source>
        <translation>eine Hybridbereitstellung benötigt einen Edgepool: _sipfederationtls._tcp jeder SIP-Domäne (%1) muss auf einen Zugriffs-Edgedienst verweisen, und der Plan enthält keinen</translation>
    </message>
    <message>
        <source>the Edge servers must resolve _sipfederationtls._tcp of %1 to their Access Edge; an internal zone for the domain hides the public SRV from an Edge that asks internal DNS servers: add the SRV to that zone too, or point the Edge at external DNS servers</source>
        <translation>die Edgeserver müssen _sipfederationtls._tcp von %1 zu ihrem Zugriffs-Edgedienst auflösen; eine interne Zone für die Domäne verdeckt den öffentlichen SRV vor einem Edgeserver, der interne DNS-Server abfragt: fügen Sie den SRV auch dieser Zone hinzu, oder lassen Sie den Edgeserver externe DNS-Server verwenden</translation>
    </message>
    <message>
        <source>internal clients must resolve %1 to the Web Conferencing Edge&apos;s external address (%2) to share content with online users, and the internal zone %3 has no such record: add it there</source>
        <translation>interne Clients müssen %1 zur externen Adresse des Webkonferenz-Edgedienstes (%2) auflösen, um Inhalte mit Onlinebenutzern zu teilen, und die interne Zone %3 enthält keinen solchen Eintrag: fügen Sie ihn dort hinzu</translation>
    </message>
    <message>
        <source>the %1 certificate of %2 needs %3 added to its request by hand: the certificate wizard does not add such names</source>
        <extracomment>%1 the certificate (&quot;Edge, external&quot;), %2 the pool&apos;s FQDN, %3 one or more host names.</extracomment>
        <translation>die Anforderung für das Zertifikat „%1“ von %2 muss manuell um %3 ergänzt werden: der Zertifikat-Assistent fügt solche Namen nicht hinzu</translation>
    </message>
</context>
<context>
    <name>Where</name>
    <message>
        <source>internal IPv6 VIP</source>
        <translation>interne IPv6-VIP</translation>
    </message>
    <message>
        <source>internal VIP</source>
        <translation>interne VIP</translation>
    </message>
    <message>
        <source>access IPv6 VIP</source>
        <translation>Zugriffs-IPv6-VIP</translation>
    </message>
    <message>
        <source>access VIP</source>
        <translation>Zugriffs-VIP</translation>
    </message>
    <message>
        <source>web conferencing IPv6 VIP</source>
        <translation>Webkonferenz-IPv6-VIP</translation>
    </message>
    <message>
        <source>web conferencing VIP</source>
        <translation>Webkonferenz-VIP</translation>
    </message>
    <message>
        <source>A/V IPv6 VIP</source>
        <translation>A/V-IPv6-VIP</translation>
    </message>
    <message>
        <source>A/V VIP</source>
        <translation>A/V-VIP</translation>
    </message>
    <message>
        <source>IPv6 records</source>
        <translation>IPv6-Einträge</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>IPv6 VIP</source>
        <translation>IPv6-VIP</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>internal FQDN</source>
        <translation>interner FQDN</translation>
    </message>
    <message>
        <source>external FQDN</source>
        <translation>externer FQDN</translation>
    </message>
    <message>
        <source>internal IPv4 address</source>
        <translation>interne IPv4-Adresse</translation>
    </message>
    <message>
        <source>internal IPv6 address</source>
        <translation>interne IPv6-Adresse</translation>
    </message>
    <message>
        <source>access IPv4 address</source>
        <translation>Zugriffs-IPv4-Adresse</translation>
    </message>
    <message>
        <source>access IPv6 address</source>
        <translation>Zugriffs-IPv6-Adresse</translation>
    </message>
    <message>
        <source>web conferencing IPv4 address</source>
        <translation>Webkonferenz-IPv4-Adresse</translation>
    </message>
    <message>
        <source>web conferencing IPv6 address</source>
        <translation>Webkonferenz-IPv6-Adresse</translation>
    </message>
    <message>
        <source>A/V IPv4 address</source>
        <translation>A/V-IPv4-Adresse</translation>
    </message>
    <message>
        <source>A/V IPv6 address</source>
        <translation>A/V-IPv6-Adresse</translation>
    </message>
    <message>
        <source>private access IPv4 address</source>
        <translation>private Zugriffs-IPv4-Adresse</translation>
    </message>
    <message>
        <source>private web conferencing IPv4 address</source>
        <translation>private Webkonferenz-IPv4-Adresse</translation>
    </message>
    <message>
        <source>private A/V IPv4 address</source>
        <translation>private A/V-IPv4-Adresse</translation>
    </message>
    <message>
        <source>public IPv4 address</source>
        <translation>öffentliche IPv4-Adresse</translation>
    </message>
    <message>
        <source>public IPv6 address</source>
        <translation>öffentliche IPv6-Adresse</translation>
    </message>
    <message>
        <source>access FQDN</source>
        <translation>Zugriffs-FQDN</translation>
    </message>
    <message>
        <source>web conferencing FQDN</source>
        <translation>Webkonferenz-FQDN</translation>
    </message>
    <message>
        <source>A/V FQDN</source>
        <translation>A/V-FQDN</translation>
    </message>
    <message>
        <source>load balancing</source>
        <translation>Lastenausgleich</translation>
    </message>
    <message>
        <source>reverse proxy</source>
        <translation>Reverseproxy</translation>
    </message>
    <message>
        <source>Edge pool</source>
        <translation>Edgepool</translation>
    </message>
    <message>
        <source>paired backup pool</source>
        <translation>gekoppelter Sicherungspool</translation>
    </message>
    <message>
        <source>remote access priority</source>
        <translation>Remotezugriffspriorität</translation>
    </message>
    <message>
        <source>XMPP priority</source>
        <translation>XMPP-Priorität</translation>
    </message>
    <message>
        <source>central site</source>
        <translation>Zentralstandort</translation>
    </message>
    <message>
        <source>sign-in pool</source>
        <translation>Anmeldepool</translation>
    </message>
    <message>
        <source>web services pool</source>
        <translation>Pool der Webdienste</translation>
    </message>
    <message>
        <source>SRV target</source>
        <translation>SRV-Ziel</translation>
    </message>
    <message>
        <source>NTP server</source>
        <translation>NTP-Server</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>split-brain DNS</source>
        <translation>Split-Brain-DNS</translation>
    </message>
    <message>
        <source>Meet URLs</source>
        <translation>Besprechungs-URLs</translation>
    </message>
    <message>
        <source>Dial-in URL</source>
        <translation>Einwahl-URL</translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation>Verwaltungs-URL</translation>
    </message>
    <message>
        <source>web services</source>
        <translation>Webdienste</translation>
    </message>
    <message>
        <source>load balancer VIPs</source>
        <translation>VIPs des Lastenausgleichsmoduls</translation>
    </message>
    <message>
        <source>simple URLs</source>
        <translation>einfache URLs</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation>DNS-Einstellungen</translation>
    </message>
    <message>
        <source>GeoDNS</source>
        <translation>GeoDNS</translation>
    </message>
    <message>
        <source>migration to Teams</source>
        <translation>Migration zu Teams</translation>
    </message>
    <message>
        <source>federation</source>
        <translation>Verbund</translation>
    </message>
    <message>
        <source>XMPP</source>
        <translation>XMPP</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <source>Autodiscover</source>
        <translation>AutoErmittlung</translation>
    </message>
    <message>
        <source>legacy client discovery</source>
        <translation>Ermittlung für ältere Clients</translation>
    </message>
    <message>
        <source>SIP domains</source>
        <translation>SIP-Domänen</translation>
    </message>
    <message>
        <source>central sites</source>
        <translation>Zentralstandorte</translation>
    </message>
    <message>
        <source>branch sites</source>
        <translation>Zweigstellenstandorte</translation>
    </message>
    <message>
        <source>Front End pools</source>
        <translation>Front-End-Pools</translation>
    </message>
    <message>
        <source>Director pools</source>
        <translation>Directorpools</translation>
    </message>
    <message>
        <source>Edge pools</source>
        <translation>Edgepools</translation>
    </message>
    <message>
        <source>reverse proxies</source>
        <translation>Reverseproxys</translation>
    </message>
    <message>
        <source>Office Web Apps farms</source>
        <translation>Office Web Apps-Farmen</translation>
    </message>
    <message>
        <source>Persistent Chat pools</source>
        <translation>Pools für beständigen Chat</translation>
    </message>
    <message>
        <source>Mediation pools</source>
        <translation>Vermittlungspools</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Survivable Branch Appliances</source>
        <translation>Survivable Branch Appliances</translation>
    </message>
    <message>
        <source>backup pools</source>
        <translation>Sicherungspools</translation>
    </message>
    <message>
        <source>pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>SIP domains moved</source>
        <translation>verschobene SIP-Domänen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>kind and number</comment>
        <extracomment>An object of the plan and its name, e.g. &quot;Front End pool&quot; &quot;pool01.contoso.net&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>kind and name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the plan as a whole</source>
        <translation>der Plan als Ganzes</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Standard Edition server</source>
        <translation>Standard Edition-Server</translation>
    </message>
    <message>
        <source>Edge server %1 (%2)</source>
        <extracomment>One server of an Edge pool; %1 is its number, %2 its FQDN.</extracomment>
        <translation>Edgeserver %1 (%2)</translation>
    </message>
    <message>
        <source>Edge server %1</source>
        <translation>Edgeserver %1</translation>
    </message>
    <message>
        <source>branch site</source>
        <translation>Zweigstellenstandort</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Survivable Branch Appliance</source>
        <translation>Survivable Branch Appliance</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>One server of a pool; %1 is the kind (&quot;server&quot;), %2 its number, %3 its FQDN.</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>SIP-Domäne</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <extracomment>One entry of a list in the plan; %1 is the list (&quot;backup pools&quot;), %2 its number.</extracomment>
        <translation>%1, Nr. %2</translation>
    </message>
    <message>
        <source>internal DNS</source>
        <translation>internes DNS</translation>
    </message>
    <message>
        <source>external DNS</source>
        <translation>externes DNS</translation>
    </message>
    <message>
        <source>%1, pin-point zone %2</source>
        <extracomment>%1 is &quot;internal DNS&quot; or &quot;external DNS&quot;, %2 a zone name.</extracomment>
        <translation>%1, Pinpoint-Zone %2</translation>
    </message>
    <message>
        <source>%1, zone %2</source>
        <translation>%1, Zone %2</translation>
    </message>
</context>
<context>
    <name>lyncdns::CertificatesView</name>
    <message>
        <source>%1, server %2</source>
        <translation>%1, Server %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Pool or server</source>
        <translation>Pool oder Server</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Certificates the plan implies</source>
        <translation>Zertifikate, die der Plan erfordert</translation>
    </message>
    <message>
        <source>Subject, names, usage and notes of the selected certificate</source>
        <translation>Antragsteller, Namen, Verwendung und Hinweise des ausgewählten Zertifikats</translation>
    </message>
    <message>
        <source>Copy &amp;Names</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Copy the subject alternative names of the selected certificate, one per line</source>
        <translation>Alternative Antragstellernamen (SAN) des ausgewählten Zertifikats kopieren, einen pro Zeile</translation>
    </message>
    <message>
        <source>Copy &amp;Request File</source>
        <translation>&amp;Anforderungsdatei kopieren</translation>
    </message>
    <message>
        <source>Copy the certreq.exe request file (INF) of the selected certificate</source>
        <translation>Anforderungsdatei für certreq.exe (INF) des ausgewählten Zertifikats kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All as CSV</source>
        <translation>Alle als &amp;CSV kopieren</translation>
    </message>
    <message>
        <source>Copy every certificate as CSV rows: role, site, pool, subject, names, usage, notes</source>
        <translation>Alle Zertifikate als CSV-Zeilen kopieren: role, site, pool, subject, names, usage, notes</translation>
    </message>
    <message>
        <source>Has names the certificate wizard does not add</source>
        <translation>Enthält Namen, die der Zertifikat-Assistent nicht hinzufügt</translation>
    </message>
    <message>
        <source>The plan implies no certificate yet: add a pool, an Edge or a reverse proxy.</source>
        <extracomment>Certificates tab summary; %n is the number of certificate requests.</extracomment>
        <translation>Der Plan erfordert noch kein Zertifikat: Fügen Sie einen Pool, einen Edgeserver oder einen Reverseproxy hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate request(s): one per server role that needs one, with every name a planned record makes clients reach.</source>
        <translation>
            <numerusform>%n Zertifikatanforderung: eine pro Serverrolle, die ein Zertifikat benötigt, mit jedem Namen, den Clients über einen geplanten Eintrag erreichen.</numerusform>
            <numerusform>%n Zertifikatanforderungen: eine pro Serverrolle, die ein Zertifikat benötigt, mit jedem Namen, den Clients über einen geplanten Eintrag erreichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Subject: CN=%1</source>
        <translation>Antragsteller: CN=%1</translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation>Alternative Antragstellernamen (SAN):</translation>
    </message>
    <message>
        <source>(add by hand: the wizard does not add it)</source>
        <translation>(manuell hinzufügen: Der Assistent fügt diesen Namen nicht hinzu)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Verwendung: %1</translation>
    </message>
    <message>
        <source>Issuer: a public certification authority</source>
        <translation>Ausstellende Zertifizierungsstelle: eine öffentliche</translation>
    </message>
    <message>
        <source>Issuer: the internal certification authority</source>
        <translation>Ausstellende Zertifizierungsstelle: die interne</translation>
    </message>
    <message>
        <source>Private key: exportable</source>
        <translation>Privater Schlüssel: exportierbar</translation>
    </message>
    <message>
        <source>Private key: not exportable</source>
        <translation>Privater Schlüssel: nicht exportierbar</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
</context>
<context>
    <name>lyncdns::CheckResultModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Überzählig</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Nach außen sichtbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Must not resolve on this server</source>
        <translation>Darf auf diesem Server nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Internal</source>
        <extracomment>Where a record lives (internal or external DNS); also the %1 in &quot;%1 server …&quot;.</extracomment>
        <translation>Intern</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>(must not resolve)</source>
        <translation>(darf nicht aufgelöst werden)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Tooltip of the Required column; %1 is &quot;Required&quot; or &quot;Optional&quot;, %2 the requirement.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, optional: a notice, not a problem</source>
        <extracomment>What a screen reader says for a missing optional record; %1 is the status (&quot;Missing&quot;).</extracomment>
        <translation>%1, optional: ein Hinweis, kein Problem</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>detail and note</comment>
        <extracomment>A result&apos;s detail, then the documented alternative the check accepted.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Whether the plan needs the record; a missing optional record is a notice, not a problem</source>
        <translation>Ob der Plan den Eintrag benötigt; ein fehlender optionaler Eintrag ist ein Hinweis, kein Problem</translation>
    </message>
    <message>
        <source>Everything the server returned at the name, records of other types included</source>
        <translation>Alles, was der Server für den Namen zurückgegeben hat, einschließlich Einträgen anderer Typen</translation>
    </message>
    <message>
        <source>What to change in DNS to make the record as planned</source>
        <translation>Was im DNS zu ändern ist, damit der Eintrag dem Plan entspricht</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
</context>
<context>
    <name>lyncdns::CheckWindow</name>
    <message>
        <source>Check DNS — %1</source>
        <extracomment>Window title; %1 is the plan&apos;s file name.</extracomment>
        <translation>DNS prüfen — %1</translation>
    </message>
    <message numerus="yes">
        <source>Asks your DNS servers for every record of &lt;b&gt;%1&lt;/b&gt; and compares the answers with the plan: %2 internal and %n external check(s). Leave a server empty to skip its records.</source>
        <extracomment>%1 is the plan&apos;s title or file name, %2 the number of internal checks, %n of external ones.</extracomment>
        <translation>
            <numerusform>Fragt Ihre DNS-Server nach jedem Eintrag von &lt;b&gt;%1&lt;/b&gt; ab und vergleicht die Antworten mit dem Plan: %2 interne und %n externe Prüfung. Lassen Sie das Feld eines Servers leer, um dessen Einträge zu überspringen.</numerusform>
            <numerusform>Fragt Ihre DNS-Server nach jedem Eintrag von &lt;b&gt;%1&lt;/b&gt; ab und vergleicht die Antworten mit dem Plan: %2 interne und %n externe Prüfungen. Lassen Sie das Feld eines Servers leer, um dessen Einträge zu überspringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>E&amp;xternal DNS server:</source>
        <translation>E&amp;xterner DNS-Server:</translation>
    </message>
    <message>
        <source>External DNS server</source>
        <translation>Externer DNS-Server</translation>
    </message>
    <message>
        <source>IP address, or empty to skip the external records</source>
        <translation>IP-Adresse oder leer lassen, um die externen Einträge zu überspringen</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of the timeout spin box: seconds, with a leading space.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout per query in seconds</source>
        <translation>Zeitlimit pro Abfrage in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Timeout per query:</source>
        <translation>&amp;Zeitlimit pro Abfrage:</translation>
    </message>
    <message>
        <source>Server problems</source>
        <translation>Serverprobleme</translation>
    </message>
    <message>
        <source>&amp;Run Check</source>
        <translation>&amp;Prüfung starten</translation>
    </message>
    <message>
        <source>Ask the servers for every record now (Enter in a server field, or Ctrl+Enter)</source>
        <translation>Alle Einträge jetzt bei den Servern abfragen (Eingabetaste in einem Serverfeld oder Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the check; results so far are kept (Esc)</source>
        <translation>Prüfung abbrechen; die bisherigen Ergebnisse bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Prüfungsfortschritt</translation>
    </message>
    <message>
        <source>%v of %m checked</source>
        <extracomment>Progress bar text: %v is the number of records checked so far, %m the total.</extracomment>
        <translation>%v von %m geprüft</translation>
    </message>
    <message>
        <source>Hide the records the servers answered as planned</source>
        <translation>Einträge ausblenden, die die Server wie geplant beantwortet haben</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation>Ergebnisse filtern</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Details of the selected result</source>
        <translation>Details zum ausgewählten Ergebnis</translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation>Er&amp;gebnisse:</translation>
    </message>
    <message>
        <source>Re-c&amp;heck Selected</source>
        <translation>Auswahl &amp;erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Result counts</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <source>Server reachability</source>
        <translation>Erreichbarkeit der Server</translation>
    </message>
    <message>
        <source>Ask the servers of the last run again for the selected rows (F5 in the table)</source>
        <translation>Die Server des letzten Durchlaufs für die ausgewählten Zeilen erneut abfragen (F5 in der Tabelle)</translation>
    </message>
    <message>
        <source>Exp&amp;ort…</source>
        <translation>Exp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Save every result, not only the visible ones, as CSV or JSON</source>
        <translation>Alle Ergebnisse, nicht nur die sichtbaren, als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>R&amp;eport</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Give at least one DNS server to check.</source>
        <translation>Geben Sie mindestens einen DNS-Server für die Prüfung an.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation>Wird geprüft… %1</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>All records are as planned. %1</source>
        <translation>Alle Einträge entsprechen dem Plan. %1</translation>
    </message>
    <message>
        <source>%1 server: not given, its records are skipped.</source>
        <extracomment>%1 is &quot;Internal&quot; or &quot;External&quot;.</extracomment>
        <translation>DNS-Server (%1): nicht angegeben, seine Einträge werden übersprungen.</translation>
    </message>
    <message>
        <source>%1 server %2: reachable (%3).</source>
        <extracomment>%1 is &quot;Internal&quot; or &quot;External&quot;, %2 the server&apos;s address, %3 how it answered.</extracomment>
        <translation>DNS-Server %2 (%1): erreichbar (%3).</translation>
    </message>
    <message>
        <source>%1 server: %2.</source>
        <extracomment>%1 is &quot;Internal&quot; or &quot;External&quot;, %2 why the server could not be reached.</extracomment>
        <translation>DNS-Server (%1): %2.</translation>
    </message>
    <message>
        <source>%1 server %2: waiting for an answer…</source>
        <translation>DNS-Server %2 (%1): wartet auf Antwort…</translation>
    </message>
    <message>
        <source>%1 server %2: not asked.</source>
        <translation>DNS-Server %2 (%1): nicht abgefragt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a result to see what was expected and what the server answered.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Ergebnis aus, um zu sehen, was erwartet wurde und was der Server geantwortet hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Run the check to see the results here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Führen Sie die Prüfung aus, um hier die Ergebnisse zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>must not resolve on this server</source>
        <translation>darf auf diesem Server nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>being checked…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>CNAME chain</source>
        <translation>CNAME-Kette</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>wie geplant</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>not asked: the server did not answer</source>
        <translation>nicht abgefragt: Der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Check Results</source>
        <translation>Prüfergebnisse exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The results could not be saved to %1:
%2</source>
        <translation>Die Ergebnisse konnten nicht unter %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>All results saved to %1.</source>
        <translation>Alle Ergebnisse unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>server field problem</comment>
        <extracomment>%1 is &quot;Internal DNS server&quot; or &quot;External DNS server&quot;, %2 what is wrong with its address.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status count</comment>
        <extracomment>Summary of the check: %1 is a result status (e.g. &quot;Missing&quot;), %2 how many rows have it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How long to wait for each answer before calling a server unreachable. One value for the whole program, fixed when it starts; the command line takes it from check --timeout.</source>
        <translation>Wie lange auf jede Antwort gewartet wird, bevor ein Server als nicht erreichbar gilt. Ein Wert für das gesamte Programm, beim Start festgelegt; die Befehlszeile übernimmt ihn aus check --timeout.</translation>
    </message>
    <message>
        <source>Fix the plan first: a plan with errors is not checked.</source>
        <translation>Korrigieren Sie zuerst den Plan: Ein Plan mit Fehlern wird nicht geprüft.</translation>
    </message>
    <message>
        <source>&amp;Internal DNS servers:</source>
        <translation>&amp;Interne DNS-Server:</translation>
    </message>
    <message>
        <source>Internal DNS servers</source>
        <translation>Interne DNS-Server</translation>
    </message>
    <message>
        <source>IP addresses, one per site, separated by commas; empty skips the internal records</source>
        <translation>IP-Adressen, eine pro Standort, durch Kommas getrennt; leer lassen, um die internen Einträge zu überspringen</translation>
    </message>
    <message>
        <source>&amp;Problems and notices only</source>
        <translation>&amp;Nur Probleme und Hinweise</translation>
    </message>
    <message>
        <source>Name, type, value, detail or fix</source>
        <translation>Name, Typ, Wert, Detail oder Korrektur</translation>
    </message>
    <message>
        <source>&amp;Save Fix Script…</source>
        <translation>Korrektu&amp;rskript speichern…</translation>
    </message>
    <message>
        <source>Save a Windows DNS Server PowerShell script that adds the missing records and corrects the wrong ones (run it with -WhatIf first)</source>
        <translation>Ein PowerShell-Skript für Windows-DNS-Server speichern, das die fehlenden Einträge hinzufügt und die falschen korrigiert (zuerst mit -WhatIf ausführen)</translation>
    </message>
    <message>
        <source>Save Chan&amp;ge List…</source>
        <translation>Än&amp;derungsliste speichern…</translation>
    </message>
    <message>
        <source>Save the same changes as a CSV list (action, location, zone, name, type, old, new) for DNS teams that do not run PowerShell</source>
        <translation>Dieselben Änderungen als CSV-Liste (action, location, zone, name, type, old, new) für DNS-Teams speichern, die kein PowerShell verwenden</translation>
    </message>
    <message>
        <source>Print or export the DNS check evidence: these results, each problem with its fix, and the planned records (Ctrl+Shift+P previews it)</source>
        <translation>DNS-Prüfnachweis drucken oder exportieren: diese Ergebnisse, jedes Problem mit seiner Korrektur und die geplanten Einträge (Strg+Umschalt+P zeigt die Vorschau)</translation>
    </message>
    <message>
        <source>give one external server</source>
        <translation>geben Sie nur einen externen Server an</translation>
    </message>
    <message>
        <source>Notices (optional, missing): %1</source>
        <extracomment>Summary of the check: %1 is how many optional records are missing.</extracomment>
        <translation>Hinweise (optional, fehlend): %1</translation>
    </message>
    <message>
        <source>No problems: the records the plan needs are as planned. %1</source>
        <translation>Keine Probleme: Die Einträge, die der Plan benötigt, entsprechen dem Plan. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make: see the Fix column, or save them as a script or a list. %1</source>
        <extracomment>%n is how many DNS changes the fix script and the change list hold.</extracomment>
        <translation>
            <numerusform>%n Änderung vorzunehmen: siehe Spalte „Korrektur“, oder speichern Sie sie als Skript oder Liste. %1</numerusform>
            <numerusform>%n Änderungen vorzunehmen: siehe Spalte „Korrektur“, oder speichern Sie sie als Skript oder Liste. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(an optional record: a notice, not a problem)</source>
        <translation>(ein optionaler Eintrag: ein Hinweis, kein Problem)</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>yes: the plan needs this record</source>
        <translation>ja: Der Plan benötigt diesen Eintrag</translation>
    </message>
    <message>
        <source>no: an optional record; missing, it is a notice</source>
        <translation>nein: ein optionaler Eintrag; fehlt er, ist das ein Hinweis</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>Save Fix Script</source>
        <translation>Korrekturskript speichern</translation>
    </message>
    <message>
        <source>Save Change List</source>
        <translation>Änderungsliste speichern</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripts (*.ps1)</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>The changes could not be saved to %1:
%2</source>
        <translation>Die Änderungen konnten nicht unter %1 gespeichert werden:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Fix script with %n change(s) saved to %1.</source>
        <extracomment>%n is how many DNS changes the file holds, %1 the file.</extracomment>
        <translation>
            <numerusform>Korrekturskript mit %n Änderung unter %1 gespeichert.</numerusform>
            <numerusform>Korrekturskript mit %n Änderungen unter %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change list with %n change(s) saved to %1.</source>
        <translation>
            <numerusform>Änderungsliste mit %n Änderung unter %1 gespeichert.</numerusform>
            <numerusform>Änderungsliste mit %n Änderungen unter %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check certificates (TL&amp;S)</source>
        <translation>Zertifikate prüfen (&amp;TLS)</translation>
    </message>
    <message>
        <source>After the DNS check, connect to every planned TLS endpoint (pools on 5061, web services, Office Web Apps, Access Edge and reverse proxy on 443) and compare the certificate it presents with the plan</source>
        <translation>Nach der DNS-Prüfung mit jedem geplanten TLS-Endpunkt verbinden (Pools an Port 5061, Webdienste, Office Web Apps, Zugriffs-Edgedienst und Reverseproxy an Port 443) und das vorgelegte Zertifikat mit dem Plan vergleichen</translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation>Vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>Optional: PEM or DER file of your internal CA; the system&apos;s CAs are always trusted</source>
        <translation>Optional: PEM- oder DER-Datei Ihrer internen Zertifizierungsstelle; den Zertifizierungsstellen des Systems wird immer vertraut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Choose the certificate file of the CA that issued your internal certificates</source>
        <translation>Zertifikatdatei der Zertifizierungsstelle auswählen, die Ihre internen Zertifikate ausgestellt hat</translation>
    </message>
    <message>
        <source>Trusted C&amp;A file:</source>
        <translation>Vertrauenswürdige &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>Certificates (TLS)</source>
        <translation>Zertifikate (TLS)</translation>
    </message>
    <message>
        <source>Trusted CA file %1: %2. Choose a readable PEM or DER certificate file, or clear the field to trust the system&apos;s CAs only.</source>
        <extracomment>%1 is the file name, %2 why it cannot be used (in English, from the check).</extracomment>
        <translation>Vertrauenswürdige CA-Datei %1: %2. Wählen Sie eine lesbare PEM- oder DER-Zertifikatdatei aus, oder leeren Sie das Feld, um nur den Zertifizierungsstellen des Systems zu vertrauen.</translation>
    </message>
    <message>
        <source>%v of %m endpoints checked</source>
        <extracomment>Progress bar text: %v is the number of TLS endpoints checked so far, %m the total.</extracomment>
        <translation>%v von %m Endpunkten geprüft</translation>
    </message>
    <message>
        <source>Trusted CA File</source>
        <translation>Vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Certificates (TLS): checked after the records.</source>
        <translation>Zertifikate (TLS): werden nach den Einträgen geprüft.</translation>
    </message>
    <message>
        <source>Certificates (TLS): no endpoint to check.</source>
        <translation>Zertifikate (TLS): kein Endpunkt zu prüfen.</translation>
    </message>
    <message>
        <source>Checking certificates (TLS)… %1</source>
        <translation>Zertifikate (TLS) werden geprüft… %1</translation>
    </message>
    <message>
        <source>Certificates (TLS): every endpoint presents the planned names. %1</source>
        <translation>Zertifikate (TLS): Alle Endpunkte legen die geplanten Namen vor. %1</translation>
    </message>
    <message numerus="yes">
        <source>Certificates (TLS): %n endpoint(s) with a problem. %1</source>
        <extracomment>%n is how many TLS endpoints are not OK, %1 the counts per status.</extracomment>
        <translation>
            <numerusform>Zertifikate (TLS): %n Endpunkt mit einem Problem. %1</numerusform>
            <numerusform>Zertifikate (TLS): %n Endpunkte mit Problemen. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the cutover to Teams &amp;Only</source>
        <translation>U&amp;mstellung auf „Nur Teams“ prüfen</translation>
    </message>
    <message>
        <source>Also ask the external server, for every SIP domain moving to Teams, whether its four Microsoft 365 records are in place, which on-premises names are left and whether a wildcard answers under it: ready for the switch to Teams Only or not. Needs the external DNS server.</source>
        <translation>Zusätzlich beim externen Server für jede SIP-Domäne, die zu Teams verschoben wird, abfragen, ob ihre vier Microsoft 365-Einträge vorhanden sind, welche lokalen Namen übrig sind und ob unter ihr ein Platzhalter antwortet: bereit für die Umstellung auf „Nur Teams“ oder nicht. Erfordert den externen DNS-Server.</translation>
    </message>
    <message>
        <source>Cutover to Teams Only</source>
        <translation>Umstellung auf „Nur Teams“</translation>
    </message>
</context>
<context>
    <name>lyncdns::CutoverPanel</name>
    <message>
        <source>Cutover check progress</source>
        <translation>Fortschritt der Umstellungsprüfung</translation>
    </message>
    <message>
        <source>%v of %m asked</source>
        <extracomment>Progress bar text: %v is the number of questions answered so far, %m the total.</extracomment>
        <translation>%v von %m abgefragt</translation>
    </message>
    <message>
        <source>Cutover readiness per SIP domain</source>
        <translation>Umstellungsbereitschaft pro SIP-Domäne</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>SIP-Domäne</translation>
    </message>
    <message>
        <source>Public DNS reflects</source>
        <translation>Stand im öffentlichen DNS</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Asking public DNS whether every SIP domain is ready for the switch to Teams Only…</source>
        <translation>Das öffentliche DNS wird abgefragt, ob jede SIP-Domäne für die Umstellung auf „Nur Teams“ bereit ist…</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
    <message>
        <source>%1 blocking, %2 left over</source>
        <extracomment>%1 records blocking the switch, %2 names left over to remove afterwards.</extracomment>
        <translation>%1 blockierend, %2 verblieben</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>left over</source>
        <extracomment>A name the runbook removes after the switch that still resolves; %1 name, %2 type, %3 what it resolves to, %4 why it is listed.</extracomment>
        <translation>verblieben</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation>%1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>wildcard</source>
        <extracomment>%1 the wildcard name, %2 what it answers, %3 the random name asked.</extracomment>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>%1 answers %2 (asked %3): delete it, it blocks the switch</source>
        <translation>%1 antwortet mit %2 (abgefragt: %3): Löschen Sie den Eintrag, er blockiert die Umstellung</translation>
    </message>
    <message>
        <source>none (%1 does not resolve)</source>
        <translation>keiner (%1 wird nicht aufgelöst)</translation>
    </message>
    <message>
        <source>unknown (%1 was not answered)</source>
        <translation>unbekannt (%1 wurde nicht beantwortet)</translation>
    </message>
    <message>
        <source>No SIP domain moves to Teams in this plan.</source>
        <translation>In diesem Plan wird keine SIP-Domäne zu Teams verschoben.</translation>
    </message>
    <message>
        <source>%1 of %2 SIP domains ready for the switch to Teams Only (runbook step: Grant-CsTeamsUpgradePolicy). Blocking records and a wildcard stop the switch; left-over names are removed after it.</source>
        <translation>%1 von %2 SIP-Domänen bereit für die Umstellung auf „Nur Teams“ (Schritt des Ablaufplans: Grant-CsTeamsUpgradePolicy). Blockierende Einträge und ein Platzhalter verhindern die Umstellung; verbliebene Namen werden danach entfernt.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
</context>
<context>
    <name>lyncdns::DevicesPage</name>
    <message>
        <source>Legacy discovery and phones</source>
        <translation>Clientermittlung und Telefone</translation>
    </message>
    <message>
        <source>SRV and host records for clients older than Lync 2013 and for desk phones, the NTP SRV record phones take their time from, and the device update name phones use before their first sign-in.</source>
        <translation>SRV- und Hosteinträge für Clients vor Lync 2013 und für Tischtelefone, der NTP-SRV-Eintrag, über den Telefone ihre Uhrzeit beziehen, sowie der Name für Geräteupdates, den Telefone vor ihrer ersten Anmeldung verwenden.</translation>
    </message>
    <message>
        <source>Legacy discovery</source>
        <translation>Ermittlung für ältere Clients</translation>
    </message>
    <message>
        <source>&amp;SRV records: _sipinternaltls._tcp (internal) and, with an Edge, _sip._tls (external) per SIP domain</source>
        <translation>&amp;SRV-Einträge: _sipinternaltls._tcp (intern) und, mit Edge, _sip._tls (extern) pro SIP-Domäne</translation>
    </message>
    <message>
        <source>SIP over &amp;TCP: _sipinternal._tcp per SIP domain (only where TCP sign-in is allowed)</source>
        <translation>SIP über &amp;TCP: _sipinternal._tcp pro SIP-Domäne (nur wenn die Anmeldung über TCP zulässig ist)</translation>
    </message>
    <message>
        <source>&amp;Host-name fallbacks: sip and sipinternal (internal) and, with an Edge, sipexternal (external) per SIP domain</source>
        <translation>Host&amp;namen als Fallback: sip und sipinternal (intern) und, mit Edge, sipexternal (extern) pro SIP-Domäne</translation>
    </message>
    <message>
        <source>Desk phones</source>
        <translation>Tischtelefone</translation>
    </message>
    <message>
        <source>e.g. dc01.contoso.com; empty = no NTP SRV record</source>
        <translation>z. B. dc01.contoso.com; leer = kein NTP-SRV-Eintrag</translation>
    </message>
    <message>
        <source>NTP server FQDN</source>
        <translation>FQDN des NTP-Servers</translation>
    </message>
    <message>
        <source>Publishes _ntp._udp per SIP domain. Without it, phones try time.windows.com.</source>
        <translation>Veröffentlicht _ntp._udp pro SIP-Domäne. Ohne diesen Eintrag versuchen es Telefone mit time.windows.com.</translation>
    </message>
    <message>
        <source>NT&amp;P server:</source>
        <translation>NTP-Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Device updates: ucupdates-r2 per SIP domain, for phones that have never signed in</source>
        <translation>&amp;Geräteupdates: ucupdates-r2 pro SIP-Domäne, für Telefone, die sich noch nie angemeldet haben</translation>
    </message>
    <message>
        <source>Device updates</source>
        <translation>Geräteupdates</translation>
    </message>
</context>
<context>
    <name>lyncdns::DirectorPage</name>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>An optional Director (or Director pool) in front of the Front End. When you plan one, clients sign in and simple URLs resolve through it; the reverse proxy also publishes its external web services. A single Director needs no load balancer; a Director pool uses DNS or hardware load balancing like a Front End pool.</source>
        <translation>Ein optionaler Director (oder Directorpool) vor dem Front-End. Wenn Sie einen planen, melden sich die Clients über ihn an und einfache URLs werden über ihn aufgelöst; der Reverseproxy veröffentlicht außerdem seine externen Webdienste. Ein einzelner Director benötigt kein Lastenausgleichsmodul; ein Directorpool verwendet wie ein Front-End-Pool DNS- oder Hardwarelastenausgleich.</translation>
    </message>
    <message>
        <source>No Director</source>
        <translation>Kein Director</translation>
    </message>
    <message>
        <source>A single Director</source>
        <translation>Ein einzelner Director</translation>
    </message>
    <message>
        <source>A Director pool</source>
        <translation>Ein Directorpool</translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation>&amp;Director:</translation>
    </message>
    <message>
        <source>Director pool</source>
        <translation>Directorpool</translation>
    </message>
</context>
<context>
    <name>lyncdns::DnsPage</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Whether your internal DNS holds its own copy of each SIP domain (split-brain DNS). Without it, internal names in a SIP domain need pin-point zones, which this tool creates for you. The TTL goes into every record; IPv6 adds AAAA records wherever you give an IPv6 address.</source>
        <translation>Gibt an, ob Ihr internes DNS eine eigene Kopie jeder SIP-Domäne vorhält (Split-Brain-DNS). Ohne sie benötigen interne Namen in einer SIP-Domäne Pinpoint-Zonen, die dieses Tool für Sie erstellt. Die TTL wird in jeden Eintrag übernommen; mit IPv6 werden überall dort AAAA-Einträge hinzugefügt, wo Sie eine IPv6-Adresse angeben.</translation>
    </message>
    <message>
        <source>&amp;Split-brain DNS: internal DNS hosts its own copy of each SIP domain zone</source>
        <translation>&amp;Split-Brain-DNS: Das interne DNS hostet eine eigene Kopie der Zone jeder SIP-Domäne</translation>
    </message>
    <message>
        <source>Split-brain DNS</source>
        <translation>Split-Brain-DNS</translation>
    </message>
    <message>
        <source>Time to live of every record, in seconds</source>
        <translation>Gültigkeitsdauer (TTL) jedes Eintrags in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of the TTL spin box: seconds, with a leading space.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Record &amp;TTL:</source>
        <translation>&amp;TTL der Einträge:</translation>
    </message>
    <message>
        <source>&amp;IPv6: add an AAAA record next to each A record that has an IPv6 address</source>
        <translation>&amp;IPv6: neben jedem A-Eintrag mit IPv6-Adresse einen AAAA-Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>IPv6 (AAAA records)</source>
        <translation>IPv6 (AAAA-Einträge)</translation>
    </message>
    <message>
        <source>Internal records for names in a SIP domain go into the internal copy of that zone.</source>
        <translation>Interne Einträge für Namen in einer SIP-Domäne werden in die interne Kopie dieser Zone eingetragen.</translation>
    </message>
    <message>
        <source>Internal names inside a SIP domain get pin-point zones (a zone for exactly that name), so the rest of the domain still resolves from public DNS.</source>
        <translation>Interne Namen innerhalb einer SIP-Domäne erhalten Pinpoint-Zonen (eine Zone für genau diesen Namen), sodass der Rest der Domäne weiterhin über das öffentliche DNS aufgelöst wird.</translation>
    </message>
    <message>
        <source>0 seconds: resolvers will not cache these records.</source>
        <translation>0 Sekunden: Resolver speichern diese Einträge nicht zwischen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the default)</source>
        <extracomment>%1 is the TTL in words, e.g. &quot;1 hour&quot;.</extracomment>
        <translation>%1 (Standardwert)</translation>
    </message>
    <message>
        <source>Per SIP &amp;domain:</source>
        <translation>Pro SIP-&amp;Domäne:</translation>
    </message>
    <message>
        <source>Split-brain DNS per SIP domain</source>
        <translation>Split-Brain-DNS pro SIP-Domäne</translation>
    </message>
    <message>
        <source>Untick a SIP domain whose zone your internal DNS does not hold: its internal names get pin-point zones.</source>
        <translation>Entfernen Sie das Häkchen bei einer SIP-Domäne, deren Zone Ihr internes DNS nicht vorhält: Ihre internen Namen erhalten Pinpoint-Zonen.</translation>
    </message>
    <message>
        <source>%1 (differs from the setting above)</source>
        <translation>%1 (weicht von der Einstellung oben ab)</translation>
    </message>
    <message>
        <source>Ticked: internal DNS holds a copy of that domain&apos;s zone. A domain that differs from the setting above is saved as an exception.</source>
        <translation>Mit Häkchen: Das interne DNS hält eine Kopie der Zone dieser Domäne vor. Eine Domäne, die von der Einstellung oben abweicht, wird als Ausnahme gespeichert.</translation>
    </message>
</context>
<context>
    <name>lyncdns::EdgePage</name>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>The Edge Server lets remote users sign in, federate and join meetings. External DNS must hold the public addresses of its Access, Web Conferencing and A/V services (behind NAT: the public side of the NAT); its internal FQDN stays in internal DNS.</source>
        <translation>Über den Edgeserver können sich Remotebenutzer anmelden, mit Verbundpartnern kommunizieren und an Besprechungen teilnehmen. Das externe DNS muss die öffentlichen Adressen seines Zugriffs-, Webkonferenz- und A/V-Edgedienstes enthalten (hinter NAT: die öffentliche Seite der NAT); sein interner FQDN bleibt im internen DNS.</translation>
    </message>
    <message>
        <source>No Edge Server</source>
        <translation>Kein Edgeserver</translation>
    </message>
    <message>
        <source>Single Edge Server</source>
        <translation>Einzelner Edgeserver</translation>
    </message>
    <message>
        <source>Scaled Edge pool, DNS load balancing</source>
        <translation>Skalierter Edgepool, DNS-Lastenausgleich</translation>
    </message>
    <message>
        <source>Scaled Edge pool, hardware load balancer</source>
        <translation>Skalierter Edgepool, Hardwarelastenausgleich</translation>
    </message>
    <message>
        <source>Edge topology</source>
        <translation>Edgetopologie</translation>
    </message>
    <message>
        <source>Edge &amp;topology:</source>
        <translation>Edge&amp;topologie:</translation>
    </message>
    <message>
        <source>E&amp;xternal interfaces are behind NAT (enter the public addresses the NAT maps to)</source>
        <translation>E&amp;xterne Schnittstellen hinter NAT (öffentliche NAT-Adressen eintragen)</translation>
    </message>
    <message>
        <source>External interfaces behind NAT</source>
        <translation>Externe Schnittstellen hinter NAT</translation>
    </message>
    <message>
        <source>&amp;Internal FQDN:</source>
        <translation>&amp;Interner FQDN:</translation>
    </message>
    <message>
        <source>Edge internal FQDN</source>
        <translation>Interner FQDN des Edgeservers</translation>
    </message>
    <message>
        <source>e.g. lsedge.contoso.net (internal DNS only)</source>
        <translation>z. B. lsedge.contoso.net (nur internes DNS)</translation>
    </message>
    <message>
        <source>A&amp;ccess Edge FQDN:</source>
        <translation>Zugriffs-Edge-F&amp;QDN:</translation>
    </message>
    <message>
        <source>Access Edge FQDN</source>
        <translation>Zugriffs-Edge-FQDN</translation>
    </message>
    <message>
        <source>&amp;Web Conferencing FQDN:</source>
        <translation>Web&amp;konferenz-FQDN:</translation>
    </message>
    <message>
        <source>Web Conferencing Edge FQDN</source>
        <translation>Webkonferenz-Edge-FQDN</translation>
    </message>
    <message>
        <source>A/&amp;V Edge FQDN:</source>
        <translation>A/&amp;V-Edge-FQDN:</translation>
    </message>
    <message>
        <source>A/V Edge FQDN</source>
        <translation>A/V-Edge-FQDN</translation>
    </message>
    <message>
        <source>Leave an external FQDN empty to use the default shown in grey.</source>
        <translation>Lassen Sie einen externen FQDN leer, um den grau angezeigten Standardwert zu verwenden.</translation>
    </message>
    <message>
        <source>Edge &amp;servers:</source>
        <translation>Edge&amp;server:</translation>
    </message>
    <message>
        <source>Edge servers</source>
        <translation>Edgeserver</translation>
    </message>
    <message>
        <source>Hardware load balancer VIPs</source>
        <translation>VIPs des Hardwarelastenausgleichs</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6 (optional)</source>
        <translation>IPv6 (optional)</translation>
    </message>
    <message>
        <source>Interna&amp;l VIP:</source>
        <translation>Inte&amp;rne VIP:</translation>
    </message>
    <message>
        <source>Internal VIP</source>
        <translation>Interne VIP</translation>
    </message>
    <message>
        <source>Acc&amp;ess VIP:</source>
        <translation>Zu&amp;griffs-VIP:</translation>
    </message>
    <message>
        <source>Access VIP</source>
        <translation>Zugriffs-VIP</translation>
    </message>
    <message>
        <source>Web Con&amp;ferencing VIP:</source>
        <translation>Webk&amp;onferenz-VIP:</translation>
    </message>
    <message>
        <source>Web Conferencing VIP</source>
        <translation>Webkonferenz-VIP</translation>
    </message>
    <message>
        <source>A/V VI&amp;P:</source>
        <translation>A/V-VI&amp;P:</translation>
    </message>
    <message>
        <source>A/V VIP</source>
        <translation>A/V-VIP</translation>
    </message>
    <message>
        <source>%1 IPv4</source>
        <extracomment>Accessible name of a VIP field; %1 is e.g. &quot;Access VIP&quot;.</extracomment>
        <translation>%1 IPv4</translation>
    </message>
    <message>
        <source>%1 IPv6</source>
        <extracomment>Accessible name of a VIP field; %1 is e.g. &quot;Access VIP&quot;.</extracomment>
        <translation>%1 IPv6</translation>
    </message>
    <message>
        <source>default: %1&lt;primary SIP domain&gt;</source>
        <extracomment>Placeholder of an external Edge FQDN before a SIP domain is known; %1 is a prefix like &quot;sip.&quot;.</extracomment>
        <translation>Standard: %1&lt;primäre SIP-Domäne&gt;</translation>
    </message>
</context>
<context>
    <name>lyncdns::EdgeServersTable</name>
    <message>
        <source>Server FQDN</source>
        <translation>Server-FQDN</translation>
    </message>
    <message>
        <source>Internal IPv4</source>
        <translation>Interne IPv4</translation>
    </message>
    <message>
        <source>Access IPv4</source>
        <translation>Zugriffs-IPv4</translation>
    </message>
    <message>
        <source>Web Conferencing IPv4</source>
        <translation>Webkonferenz-IPv4</translation>
    </message>
    <message>
        <source>A/V IPv4</source>
        <translation>A/V-IPv4</translation>
    </message>
    <message>
        <source>Internal IPv6</source>
        <translation>Interne IPv6</translation>
    </message>
    <message>
        <source>Access IPv6</source>
        <translation>Zugriffs-IPv6</translation>
    </message>
    <message>
        <source>Web Conferencing IPv6</source>
        <translation>Webkonferenz-IPv6</translation>
    </message>
    <message>
        <source>A/V IPv6</source>
        <translation>A/V-IPv6</translation>
    </message>
    <message>
        <source>Private Access IPv4 (NAT)</source>
        <translation>Private Zugriffs-IPv4 (NAT)</translation>
    </message>
    <message>
        <source>Private Web Conferencing IPv4 (NAT)</source>
        <translation>Private Webkonferenz-IPv4 (NAT)</translation>
    </message>
    <message>
        <source>Private A/V IPv4 (NAT)</source>
        <translation>Private A/V-IPv4 (NAT)</translation>
    </message>
    <message>
        <source>Edge servers</source>
        <translation>Edgeserver</translation>
    </message>
    <message>
        <source>&amp;Add server</source>
        <translation>Server &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add Edge server</source>
        <translation>Edgeserver hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove selected Edge servers</source>
        <translation>Ausgewählte Edgeserver entfernen</translation>
    </message>
    <message>
        <source>Paste r&amp;ows</source>
        <translation>Zei&amp;len einfügen</translation>
    </message>
    <message>
        <source>Paste Edge servers from the clipboard</source>
        <translation>Edgeserver aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Show IPv&amp;6 columns</source>
        <translation>IPv&amp;6-Spalten anzeigen</translation>
    </message>
    <message>
        <source>Show private (NAT) colu&amp;mns</source>
        <translation>Private Spalten (&amp;NAT) anzeigen</translation>
    </message>
    <message>
        <source>One row per Edge server. Paste tab-separated lines with Ctrl+V.</source>
        <translation>Eine Zeile pro Edgeserver. Tabulatorgetrennte Zeilen mit Strg+V einfügen.</translation>
    </message>
</context>
<context>
    <name>lyncdns::FederationPage</name>
    <message>
        <source>Federation and XMPP</source>
        <translation>Verbund und XMPP</translation>
    </message>
    <message>
        <source>Federated partners find your Access Edge through &lt;i&gt;_sipfederationtls._tcp&lt;/i&gt;; XMPP partners through &lt;i&gt;_xmpp-server._tcp&lt;/i&gt;. Publish them only when you want to be discoverable.</source>
        <translation>Verbundpartner finden Ihren Zugriffs-Edgedienst über &lt;i&gt;_sipfederationtls._tcp&lt;/i&gt;, XMPP-Partner über &lt;i&gt;_xmpp-server._tcp&lt;/i&gt;. Veröffentlichen Sie diese Einträge nur, wenn Ihre Organisation auffindbar sein soll.</translation>
    </message>
    <message>
        <source>SIP federation</source>
        <translation>SIP-Verbund</translation>
    </message>
    <message>
        <source>&amp;Federate with other organizations</source>
        <translation>&amp;Verbund mit anderen Organisationen</translation>
    </message>
    <message>
        <source>Let partners &amp;discover this organization (publish _sipfederationtls._tcp per SIP domain)</source>
        <translation>Partnern die &amp;Ermittlung dieser Organisation erlauben (_sipfederationtls._tcp pro SIP-Domäne veröffentlichen)</translation>
    </message>
    <message>
        <source>Push notifications are on (Mobility page), so _sipfederationtls._tcp is published in any case.</source>
        <translation>Pushbenachrichtigungen sind aktiviert (Seite „Mobilität“), daher wird _sipfederationtls._tcp in jedem Fall veröffentlicht.</translation>
    </message>
    <message>
        <source>Federation and XMPP run through the Access Edge, and this plan has no Edge: plan one on the Edge page first.</source>
        <translation>Verbund und XMPP laufen über den Zugriffs-Edgedienst, und dieser Plan enthält keinen Edgeserver: Planen Sie zuerst einen auf der Seite „Edge“.</translation>
    </message>
    <message>
        <source>XMPP federation</source>
        <translation>XMPP-Verbund</translation>
    </message>
    <message>
        <source>&amp;XMPP federation</source>
        <translation>&amp;XMPP-Verbund</translation>
    </message>
    <message>
        <source>e.g. xmpp.contoso.com</source>
        <translation>z. B. xmpp.contoso.com</translation>
    </message>
    <message>
        <source>XMPP proxy FQDN</source>
        <translation>FQDN des XMPP-Proxys</translation>
    </message>
    <message>
        <source>XMPP proxy F&amp;QDN:</source>
        <translation>F&amp;QDN des XMPP-Proxys:</translation>
    </message>
    <message>
        <source>XMPP federation is not in %1.</source>
        <extracomment>%1 is the product, e.g. &quot;Skype for Business Server 2019&quot;.</extracomment>
        <translation>%1 unterstützt keinen XMPP-Verbund.</translation>
    </message>
</context>
<context>
    <name>lyncdns::FindingsList</name>
    <message>
        <source>Validator findings</source>
        <translation>Validierungsbefunde</translation>
    </message>
    <message>
        <source>%1 (about the whole plan)</source>
        <translation>%1 (betrifft den gesamten Plan)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A finding in the list: %1 the object in words (&quot;Front End pool pool01.contoso.net, server 2 (fe02.contoso.net), IPv4 address&quot;), %2 the message, %3 the rule id.</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: activate to go to the field</source>
        <translation>%1: aktivieren, um zum Feld zu wechseln</translation>
    </message>
</context>
<context>
    <name>lyncdns::FrontEndPage</name>
    <message>
        <source>Front End</source>
        <translation>Front-End</translation>
    </message>
    <message>
        <source>The Front End pool (or Standard Edition server) clients sign in to. With DNS load balancing the pool name gets one address per server, and web traffic still needs a hardware load balancer VIP on a separate internal web services name. Paste servers as &lt;i&gt;FQDN&amp;lt;Tab&amp;gt;IPv4&lt;/i&gt; lines, e.g. copied from a spreadsheet.</source>
        <translation>Der Front-End-Pool (oder Standard Edition-Server), an dem sich die Clients anmelden. Bei DNS-Lastenausgleich erhält der Poolname eine Adresse pro Server, und der Webdatenverkehr benötigt trotzdem eine VIP des Hardwarelastenausgleichs unter einem eigenen Namen für die internen Webdienste. Fügen Sie Server als Zeilen im Format &lt;i&gt;FQDN&amp;lt;Tab&amp;gt;IPv4&lt;/i&gt; ein, z. B. aus einer Tabellenkalkulation kopiert.</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Enterprise Edition (a pool)</source>
        <translation>Enterprise Edition (ein Pool)</translation>
    </message>
    <message>
        <source>Standard Edition (one server)</source>
        <translation>Standard Edition (ein Server)</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>Editi&amp;on:</translation>
    </message>
    <message>
        <source>Front End pool</source>
        <translation>Front-End-Pool</translation>
    </message>
</context>
<context>
    <name>lyncdns::ImportSummary</name>
    <message numerus="yes">
        <source>%n central site(s)</source>
        <extracomment>Import summary; the three parts are joined into one sentence.</extracomment>
        <translation>
            <numerusform>%n Zentralstandort</numerusform>
            <numerusform>%n Zentralstandorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Front End or Director pool(s)</source>
        <translation>
            <numerusform>%n Front-End- oder Directorpool</numerusform>
            <numerusform>%n Front-End- oder Directorpools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Edge pool(s)</source>
        <translation>
            <numerusform>%n Edgepool</numerusform>
            <numerusform>%n Edgepools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported Topology</source>
        <translation>Importierte Topologie</translation>
    </message>
    <message>
        <source>Read %1: %2.</source>
        <translation>%1 gelesen: %2.</translation>
    </message>
    <message>
        <source>The topology held every value the plan needs.</source>
        <translation>Die Topologie enthielt alle Werte, die der Plan benötigt.</translation>
    </message>
    <message numerus="yes">
        <source>A topology does not hold these %n value(s): fill them in. Activate one to go to its field; the list stays open while you work.</source>
        <translation>
            <numerusform>%n Wert steht in keiner Topologie: Tragen Sie ihn ein. Aktivieren Sie ihn, um zu seinem Feld zu wechseln; die Liste bleibt geöffnet, während Sie arbeiten.</numerusform>
            <numerusform>%n Werte stehen in keiner Topologie: Tragen Sie sie ein. Aktivieren Sie einen davon, um zu seinem Feld zu wechseln; die Liste bleibt geöffnet, während Sie arbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Values the topology does not hold</source>
        <translation>Werte, die die Topologie nicht enthält</translation>
    </message>
    <message>
        <source>Read but not planned:</source>
        <translation>Gelesen, aber nicht geplant:</translation>
    </message>
</context>
<context>
    <name>lyncdns::MainWindow</name>
    <message>
        <source>Recover Unsaved Plan</source>
        <translation>Nicht gespeicherten Plan wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Findin&amp;gs: %1</source>
        <extracomment>%1 is the findings summary, e.g. &quot;2 errors, 1 warning&quot; or &quot;No problems&quot;.</extracomment>
        <translation>Bef&amp;unde: %1</translation>
    </message>
    <message>
        <source>This finding is about the plan as a whole.</source>
        <translation>Dieser Befund betrifft den Plan als Ganzes.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>Beginnt einen neuen Plan</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Öffnet eine Plandatei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Speichert den Plan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation>Speichert den Plan unter einem neuen Namen</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Bericht unter %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Records as &amp;CSV…</source>
        <translation>Einträge als &amp;CSV…</translation>
    </message>
    <message>
        <source>Save every planned record as comma-separated values</source>
        <translation>Speichert alle geplanten Einträge als kommagetrennte Werte</translation>
    </message>
    <message>
        <source>Records as &amp;JSON…</source>
        <translation>Einträge als &amp;JSON…</translation>
    </message>
    <message>
        <source>Save every planned record as JSON</source>
        <translation>Speichert alle geplanten Einträge als JSON</translation>
    </message>
    <message>
        <source>&amp;BIND Zone Files…</source>
        <translation>&amp;BIND-Zonendateien…</translation>
    </message>
    <message>
        <source>Write one zone file per zone and location into a folder</source>
        <translation>Schreibt eine Zonendatei pro Zone und Ort in einen Ordner</translation>
    </message>
    <message>
        <source>&amp;PowerShell Script…</source>
        <translation>&amp;PowerShell-Skript…</translation>
    </message>
    <message>
        <source>Save a Windows DNS Server script that creates the planned zones and records</source>
        <translation>Speichert ein Skript für den Windows-DNS-Server, das die geplanten Zonen und Einträge erstellt</translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation>Bericht als P&amp;DF…</translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation>Bericht als &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find Records</source>
        <translation>Einträge s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Internal Records</source>
        <translation>&amp;Interne Einträge</translation>
    </message>
    <message>
        <source>&amp;External Records</source>
        <translation>&amp;Externe Einträge</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Check DNS…</source>
        <translation>&amp;DNS prüfen…</translation>
    </message>
    <message>
        <source>Ask the DNS servers for the plan&apos;s records and compare the answers</source>
        <translation>Fragt die DNS-Server nach den Einträgen des Plans und vergleicht die Antworten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lync DNS Planner</source>
        <translation>&amp;Info über Lync DNS Planner</translation>
    </message>
    <message>
        <source>About Lync DNS Planner</source>
        <translation>Info über Lync DNS Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lync DNS Planner&lt;/b&gt; %1&lt;p&gt;Plans, exports and checks the DNS records of Lync Server 2013 and Skype for Business Server 2015/2019.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation>&lt;b&gt;Lync DNS Planner&lt;/b&gt; %1&lt;p&gt;Plant, exportiert und prüft die DNS-Einträge von Lync Server 2013 und Skype for Business Server 2015/2019.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 internal, %n external record(s) · %2</source>
        <extracomment>Status bar: %1 is the number of internal records, %n of external ones, %2 the findings summary (e.g. &quot;2 errors, 1 warning&quot;).</extracomment>
        <translation>
            <numerusform>Einträge: %1 intern, %n extern · %2</numerusform>
            <numerusform>Einträge: %1 intern, %n extern · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Do you want to save the new plan?</source>
        <translation>Möchten Sie den neuen Plan speichern?</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>Möchten Sie die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>If you do not save, your changes are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Lync DNS plans (*.lyncplan *.json);;All files (*)</source>
        <translation>Lync DNS-Pläne (*.lyncplan *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The plan %1 could not be opened:
%2</source>
        <translation>Der Plan %1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>The example %1 could not be opened:
%2</source>
        <translation>Das Beispiel %1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Opened the example %1 as a new plan: Save asks where to keep it</source>
        <translation>Beispiel %1 als neuen Plan geöffnet: Beim Speichern werden Sie nach dem Speicherort gefragt</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Plan speichern unter</translation>
    </message>
    <message>
        <source>Lync DNS plans (*.lyncplan)</source>
        <translation>Lync DNS-Pläne (*.lyncplan)</translation>
    </message>
    <message>
        <source>plan.lyncplan</source>
        <extracomment>Default file name offered for a new plan without a title; keep the .lyncplan suffix.</extracomment>
        <translation>Plan.lyncplan</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1:
%2</source>
        <translation>Der Plan konnte nicht unter %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Keine zuletzt geöffneten Pläne</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The unsaved plan could not be recovered:
%1</source>
        <translation>Der nicht gespeicherte Plan konnte nicht wiederhergestellt werden:
%1</translation>
    </message>
    <message>
        <source>Recovered the unsaved plan: save it to keep it</source>
        <translation>Nicht gespeicherten Plan wiederhergestellt: Speichern Sie ihn, um ihn zu behalten</translation>
    </message>
    <message>
        <source>Export Records as CSV</source>
        <translation>Einträge als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Records as JSON</source>
        <translation>Einträge als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export PowerShell Script</source>
        <translation>PowerShell-Skript exportieren</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripts (*.ps1)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The records could not be saved to %1:
%2</source>
        <translation>Die Einträge konnten nicht unter %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export BIND Zone Files To</source>
        <translation>BIND-Zonendateien exportieren nach</translation>
    </message>
    <message>
        <source>The zone files could not be written to %1:
%2</source>
        <translation>Die Zonendateien konnten nicht in %1 geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Zone files written to %1</source>
        <translation>Zonendateien in %1 geschrieben</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Lync DNS Planner could not be started again. Start it from the application menu.</source>
        <translation>Lync DNS Planner konnte nicht neu gestartet werden. Starten Sie das Programm über das Anwendungsmenü.</translation>
    </message>
    <message>
        <source>Exported to %1 as a draft</source>
        <translation>Als Entwurf nach %1 exportiert</translation>
    </message>
    <message>
        <source>Zone files written to %1 as a draft</source>
        <translation>Zonendateien als Entwurf in %1 geschrieben</translation>
    </message>
    <message>
        <source>Recover Unsaved Plans</source>
        <translation>Nicht gespeicherte Pläne wiederherstellen</translation>
    </message>
    <message>
        <source>Lync DNS Planner did not close normally while these plans had unsaved changes. Recover one to go on working on it, or keep them for the next start. A discarded plan is lost.</source>
        <translation>Lync DNS Planner wurde nicht ordnungsgemäß beendet, während diese Pläne nicht gespeicherte Änderungen enthielten. Stellen Sie einen Plan wieder her, um daran weiterzuarbeiten, oder behalten Sie die Pläne für den nächsten Start. Ein verworfener Plan geht verloren.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Automatisch gesichert</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation>Für &amp;später behalten</translation>
    </message>
    <message>
        <source>The unsaved plan %1 could not be recovered: another window recovered or discarded it first.</source>
        <translation>Der nicht gespeicherte Plan %1 konnte nicht wiederhergestellt werden: Ein anderes Fenster hat ihn bereits wiederhergestellt oder verworfen.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>&amp;Import Topology…</source>
        <translation>Topologie &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a Get-CsTopology -AsXml file, a Topology Builder file or an Export-CsConfiguration zip into a new plan</source>
        <translation>Liest eine Datei von Get-CsTopology -AsXml, eine Datei des Topologie-Generators oder eine ZIP-Datei von Export-CsConfiguration in einen neuen Plan ein</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Migration to Teams</source>
        <translation>&amp;Migration zu Teams</translation>
    </message>
    <message>
        <source>Import Topology</source>
        <translation>Topologie importieren</translation>
    </message>
    <message>
        <source>Lync and Skype for Business topologies (*.xml *.tbxml *.zip);;All files (*)</source>
        <translation>Lync- und Skype for Business-Topologien (*.xml *.tbxml *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The topology could not be read:
%1</source>
        <translation>Die Topologie konnte nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Imported %1 as a new plan: Save asks where to keep it</source>
        <translation>%1 als neuen Plan importiert: Beim Speichern werden Sie nach dem Speicherort gefragt</translation>
    </message>
    <message>
        <source>&amp;Plan Steps</source>
        <translation>&amp;Planschritte</translation>
    </message>
    <message>
        <source>No step edits %1.</source>
        <translation>Kein Schritt bearbeitet %1.</translation>
    </message>
</context>
<context>
    <name>lyncdns::MigrationView</name>
    <message>
        <source>Save DNS Change Script</source>
        <translation>DNS-Änderungsskript speichern</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripts (*.ps1)</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>Umstellen &amp;auf:</translation>
    </message>
    <message>
        <source>Teams Only</source>
        <translation>Nur Teams</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>On premises (the way back)</source>
        <translation>Lokal (der Weg zurück)</translation>
    </message>
    <message>
        <source>Show &amp;unchanged records</source>
        <translation>&amp;Unveränderte Einträge anzeigen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the move</source>
        <translation>Nach der Migration</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>DNS changes of the move, now and after</source>
        <translation>DNS-Änderungen der Migration, jetzt und danach</translation>
    </message>
    <message>
        <source>Runbook of the move with its commands</source>
        <translation>Ablaufplan der Migration mit seinen Befehlen</translation>
    </message>
    <message>
        <source>Copy Change &amp;List</source>
        <translation>Änderungs&amp;liste kopieren</translation>
    </message>
    <message>
        <source>Copy every row as CSV: action, location, name, type, old, new, TTL, step, reason</source>
        <translation>Alle Zeilen als CSV kopieren: action, location, name, type, old, new, TTL, step, reason</translation>
    </message>
    <message>
        <source>Copy Run&amp;book</source>
        <translation>A&amp;blaufplan kopieren</translation>
    </message>
    <message>
        <source>Save &amp;Change Script…</source>
        <translation>Änderungs&amp;skript speichern…</translation>
    </message>
    <message>
        <source>Save the DNS changes as a Windows DNS Server script, with its rollback script beside it</source>
        <translation>DNS-Änderungen als Skript für Windows-DNS-Server speichern, mit dem zugehörigen Rückgängig-Skript daneben</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n DNS change(s).</source>
        <extracomment>Migration tab summary; %1 the phase now, %2 the target phase (&quot;onprem&quot;, &quot;teams-only&quot;).</extracomment>
        <translation>
            <numerusform>Von %1 nach %2: %n DNS-Änderung.</numerusform>
            <numerusform>Von %1 nach %2: %n DNS-Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving to Teams: %1.</source>
        <translation>Migration zu Teams: %1.</translation>
    </message>
    <message>
        <source>Staying on premises: %1.</source>
        <translation>Bleiben lokal: %1.</translation>
    </message>
    <message>
        <source>Save Change Script</source>
        <translation>Änderungsskript speichern</translation>
    </message>
    <message>
        <source>The scripts could not be saved:
%1</source>
        <translation>Die Skripts konnten nicht gespeichert werden:
%1</translation>
    </message>
</context>
<context>
    <name>lyncdns::MobilityPage</name>
    <message>
        <source>Autodiscover and mobility</source>
        <translation>AutoErmittlung und Mobilität</translation>
    </message>
    <message>
        <source>Lync 2013 clients and mobile apps find their pool through &lt;i&gt;lyncdiscoverinternal&lt;/i&gt; (internal) and &lt;i&gt;lyncdiscover&lt;/i&gt; (external). Push notifications for older mobile clients also need the federation SRV record.</source>
        <translation>Lync 2013-Clients und mobile Apps finden ihren Pool über &lt;i&gt;lyncdiscoverinternal&lt;/i&gt; (intern) und &lt;i&gt;lyncdiscover&lt;/i&gt; (extern). Pushbenachrichtigungen für ältere mobile Clients benötigen außerdem den SRV-Eintrag für den Verbund.</translation>
    </message>
    <message>
        <source>&amp;Autodiscover records (lyncdiscover and lyncdiscoverinternal per SIP domain)</source>
        <translation>Einträge für die Auto&amp;Ermittlung (lyncdiscover und lyncdiscoverinternal pro SIP-Domäne)</translation>
    </message>
    <message>
        <source>Autodiscover records</source>
        <translation>Einträge für die AutoErmittlung</translation>
    </message>
    <message>
        <source>Autodiscover record type</source>
        <translation>Eintragstyp für die AutoErmittlung</translation>
    </message>
    <message>
        <source>CNAME to the external web services FQDN</source>
        <translation>CNAME-Eintrag auf den FQDN der externen Webdienste</translation>
    </message>
    <message>
        <source>A record to the reverse proxy&apos;s public address</source>
        <translation>A-Eintrag auf die öffentliche Adresse des Reverseproxys</translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation>Eintrags&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Push notifications for Lync mobile clients (adds _sipfederationtls._tcp per SIP domain)</source>
        <translation>Pu&amp;shbenachrichtigungen für mobile Lync-Clients (fügt _sipfederationtls._tcp pro SIP-Domäne hinzu)</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Pushbenachrichtigungen</translation>
    </message>
    <message>
        <source>Without split-brain DNS, lyncdiscoverinternal is always an A record: it lives in a pin-point zone, whose apex cannot hold a CNAME.</source>
        <translation>Ohne Split-Brain-DNS ist lyncdiscoverinternal immer ein A-Eintrag: Der Name liegt in einer Pinpoint-Zone, und am Apex einer Zone ist kein CNAME-Eintrag möglich.</translation>
    </message>
    <message>
        <source>lyncdiscover points at the reverse proxy; lyncdiscoverinternal at the sign-in pool&apos;s web address.</source>
        <translation>lyncdiscover verweist auf den Reverseproxy, lyncdiscoverinternal auf die Webadresse des Anmeldepools.</translation>
    </message>
    <message>
        <source>lyncdiscover is an alias of the sign-in pool&apos;s external web services FQDN; lyncdiscoverinternal of its internal one.</source>
        <translation>lyncdiscover ist ein Alias für den FQDN der externen Webdienste des Anmeldepools, lyncdiscoverinternal für den FQDN seiner internen Webdienste.</translation>
    </message>
</context>
<context>
    <name>lyncdns::OfficeWebAppsPage</name>
    <message>
        <source>Office Web Apps</source>
        <translation>Office Web Apps</translation>
    </message>
    <message>
        <source>Office Web Apps Server shows PowerPoint decks in meetings: an internal name for internal users and, through the reverse proxy, an external name for everyone else.</source>
        <translation>Der Office Web Apps-Server zeigt PowerPoint-Präsentationen in Besprechungen an: mit einem internen Namen für interne Benutzer und, über den Reverseproxy, mit einem externen Namen für alle anderen.</translation>
    </message>
    <message>
        <source>This deployment has an &amp;Office Web Apps Server</source>
        <translation>Diese Bereitstellung umfasst einen &amp;Office Web Apps-Server</translation>
    </message>
    <message>
        <source>Office Web Apps Server</source>
        <translation>Office Web Apps-Server</translation>
    </message>
    <message>
        <source>&amp;Internal FQDN:</source>
        <translation>&amp;Interner FQDN:</translation>
    </message>
    <message>
        <source>Internal FQDN</source>
        <translation>Interner FQDN</translation>
    </message>
    <message>
        <source>e.g. owas.contoso.net</source>
        <translation>z. B. owas.contoso.net</translation>
    </message>
    <message>
        <source>Internal IPv&amp;4 address:</source>
        <translation>Interne IPv&amp;4-Adresse:</translation>
    </message>
    <message>
        <source>Internal IPv4 address</source>
        <translation>Interne IPv4-Adresse</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.5</source>
        <translation>z. B. 192.168.1.5</translation>
    </message>
    <message>
        <source>Internal IPv&amp;6 address:</source>
        <translation>Interne IPv&amp;6-Adresse:</translation>
    </message>
    <message>
        <source>Internal IPv6 address (optional)</source>
        <translation>Interne IPv6-Adresse (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;External FQDN:</source>
        <translation>&amp;Externer FQDN:</translation>
    </message>
    <message>
        <source>External FQDN (optional)</source>
        <translation>Externer FQDN (optional)</translation>
    </message>
    <message>
        <source>e.g. officewebapps01.contoso.com; empty = internal only</source>
        <translation>z. B. officewebapps01.contoso.com; leer = nur intern</translation>
    </message>
    <message>
        <source>The external name is published at the reverse proxy, and this plan has no reverse proxy: no external record is made for it.</source>
        <translation>Der externe Name wird über den Reverseproxy veröffentlicht, dieser Plan enthält aber keinen Reverseproxy: Für ihn wird kein externer Eintrag erstellt.</translation>
    </message>
    <message>
        <source>Farm member servers</source>
        <translation>Mitgliedsserver der Farm</translation>
    </message>
    <message>
        <source>Only for a farm behind a load balancer: the servers behind the internal address above. A single server needs no list.</source>
        <translation>Nur für eine Farm hinter einem Lastenausgleich: die Server hinter der internen Adresse oben. Ein einzelner Server braucht keine Liste.</translation>
    </message>
    <message>
        <source>Farm &amp;members (optional):</source>
        <translation>Farm&amp;mitglieder (optional):</translation>
    </message>
</context>
<context>
    <name>lyncdns::PlanEditor</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the plan (Ctrl+S)</source>
        <translation>Plan speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>The welcome page&apos;s entry in the step list.</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>noch nicht besucht</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message numerus="yes">
        <source>has problems: %n error(s)</source>
        <extracomment>A step&apos;s state in the step list: %1 &quot;2 errors&quot;, %2 &quot;1 warning&quot;.</extracomment>
        <translation>
            <numerusform>hat Probleme: %n Fehler</numerusform>
            <numerusform>hat Probleme: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has problems: %n warning(s)</source>
        <translation>
            <numerusform>hat Probleme: %n Warnung</numerusform>
            <numerusform>hat Probleme: %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>not applicable to this plan</source>
        <translation>für diesen Plan nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>lyncdns::PlanPage</name>
    <message>
        <source>Problems on this page</source>
        <translation>Probleme auf dieser Seite</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Still needed before Next</source>
        <translation>Vor „Weiter“ noch erforderlich</translation>
    </message>
    <message>
        <source>Validator warnings and notes for this page</source>
        <translation>Warnungen und Hinweise der Validierung für diese Seite</translation>
    </message>
    <message>
        <source>%1, row %2, %3</source>
        <extracomment>A cell of a server list: %1 is the list (e.g. &quot;Edge servers&quot;), %2 the row number, %3 the column (e.g. &quot;Access IPv4&quot;).</extracomment>
        <translation>%1, Zeile %2, %3</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <extracomment>A row of a server list: %1 is the list (e.g. &quot;Edge servers&quot;), %2 the row number.</extracomment>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A finding in a field&apos;s tooltip: %1 is the message, %2 the rule id.
----------
A problem below the fields: %1 the field(s) it is about, %2 the validator&apos;s message, %3 its rule id.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Still needed:</source>
        <extracomment>Heading of the empty required fields that keep Next disabled on a new plan.</extracomment>
        <translation>Noch erforderlich:</translation>
    </message>
</context>
<context>
    <name>lyncdns::PoolEditor</name>
    <message>
        <source>%1 FQDN</source>
        <extracomment>%1 is the pool&apos;s name, &quot;Front End pool&quot; or &quot;Director pool&quot;.</extracomment>
        <translation>FQDN (%1)</translation>
    </message>
    <message>
        <source>Load balancing of the %1</source>
        <extracomment>%1 is the pool&apos;s name, &quot;Front End pool&quot; or &quot;Director pool&quot;.</extracomment>
        <translation>Lastenausgleich (%1)</translation>
    </message>
    <message>
        <source>&amp;Load balancing:</source>
        <translation>&amp;Lastenausgleich:</translation>
    </message>
    <message>
        <source>Hardware load balancer &amp;VIP:</source>
        <translation>&amp;VIP (Hardwarelastenausgleich):</translation>
    </message>
    <message>
        <source>Hardware load balancer VIP (IPv4)</source>
        <translation>VIP des Hardwarelastenausgleichsmoduls (IPv4)</translation>
    </message>
    <message>
        <source>Hardware load balancer VIP IPv&amp;6:</source>
        <translation>IPv&amp;6-VIP (Hardwarelastenausgleich):</translation>
    </message>
    <message>
        <source>Hardware load balancer VIP (IPv6)</source>
        <translation>VIP des Hardwarelastenausgleichsmoduls (IPv6)</translation>
    </message>
    <message>
        <source>Servers of the %1</source>
        <extracomment>%1 is the pool&apos;s name, &quot;Front End pool&quot; or &quot;Director pool&quot;.</extracomment>
        <translation>Server (%1)</translation>
    </message>
    <message>
        <source>Web services</source>
        <translation>Webdienste</translation>
    </message>
    <message>
        <source>&amp;Internal web services FQDN:</source>
        <translation>FQDN der &amp;internen Webdienste:</translation>
    </message>
    <message>
        <source>Internal web services FQDN</source>
        <translation>FQDN der internen Webdienste</translation>
    </message>
    <message>
        <source>Internal &amp;web services VIP:</source>
        <translation>VIP der internen W&amp;ebdienste:</translation>
    </message>
    <message>
        <source>Internal web services VIP (IPv4)</source>
        <translation>VIP der internen Webdienste (IPv4)</translation>
    </message>
    <message>
        <source>In&amp;ternal web services VIP IPv6:</source>
        <translation>IPv6-VIP der in&amp;ternen Webdienste:</translation>
    </message>
    <message>
        <source>Internal web services VIP (IPv6)</source>
        <translation>VIP der internen Webdienste (IPv6)</translation>
    </message>
    <message>
        <source>E&amp;xternal web services FQDN:</source>
        <translation>FQDN der e&amp;xternen Webdienste:</translation>
    </message>
    <message>
        <source>External web services FQDN</source>
        <translation>FQDN der externen Webdienste</translation>
    </message>
    <message>
        <source>The name the reverse proxy publishes for this pool&apos;s web services.</source>
        <translation>Der Name, unter dem der Reverseproxy die Webdienste dieses Pools veröffentlicht.</translation>
    </message>
    <message>
        <source>A Standard Edition server is never load balanced.</source>
        <translation>Ein Standard Edition-Server verwendet nie einen Lastenausgleich.</translation>
    </message>
    <message>
        <source>A single server needs no load balancing.</source>
        <translation>Ein einzelner Server benötigt keinen Lastenausgleich.</translation>
    </message>
    <message>
        <source>Server &amp;FQDN:</source>
        <translation>Server-&amp;FQDN:</translation>
    </message>
    <message>
        <source>Pool &amp;FQDN:</source>
        <translation>Pool-&amp;FQDN:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>A Standard Edition server&apos;s internal web services FQDN is its own FQDN and cannot be overridden.</source>
        <translation>Der FQDN der internen Webdienste eines Standard Edition-Servers ist sein eigener FQDN und kann nicht überschrieben werden.</translation>
    </message>
    <message>
        <source>DNS load balancing</source>
        <translation>DNS-Lastenausgleich</translation>
    </message>
    <message>
        <source>Hardware load balancer</source>
        <translation>Hardwarelastenausgleich</translation>
    </message>
    <message>
        <source>None (a single server)</source>
        <translation>Keiner (ein einzelner Server)</translation>
    </message>
    <message>
        <source>the pool FQDN</source>
        <extracomment>Placeholder of the internal web services FQDN: it defaults to the pool FQDN.</extracomment>
        <translation>der Pool-FQDN</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Published by reverse pr&amp;oxy:</source>
        <translation>Veröffentlicht über Reverse&amp;proxy:</translation>
    </message>
    <message>
        <source>Reverse proxy that publishes this pool</source>
        <translation>Reverseproxy, der diesen Pool veröffentlicht</translation>
    </message>
    <message>
        <source>Edge pool for &amp;media:</source>
        <translation>Edgepool für &amp;Medien:</translation>
    </message>
    <message>
        <source>Edge pool of this pool&apos;s media</source>
        <translation>Edgepool für die Medien dieses Pools</translation>
    </message>
    <message>
        <source>Paired with (bac&amp;kup pool):</source>
        <translation>&amp;Gekoppelt mit (Sicherungspool):</translation>
    </message>
    <message>
        <source>Backup pool this pool is paired with</source>
        <translation>Sicherungspool, mit dem dieser Pool gekoppelt ist</translation>
    </message>
    <message>
        <source>Pool pairing for disaster recovery: the Front End pool that takes over this pool&apos;s users.</source>
        <translation>Poolkopplung für die Notfallwiederherstellung: der Front-End-Pool, der die Benutzer dieses Pools übernimmt.</translation>
    </message>
    <message>
        <source>%1 in site %2</source>
        <extracomment>A reference a pool can choose: %1 a reverse proxy or pool, %2 the site it belongs to.</extracomment>
        <translation>%1 am Standort %2</translation>
    </message>
    <message>
        <source>The site&apos;s reverse proxy (%1)</source>
        <extracomment>The default of a pool&apos;s reverse proxy; %1 is the proxy&apos;s name.</extracomment>
        <translation>Reverseproxy des Standorts (%1)</translation>
    </message>
    <message>
        <source>None: the site has no reverse proxy</source>
        <translation>Keiner: Der Standort hat keinen Reverseproxy</translation>
    </message>
    <message>
        <source>None: the plan has no Edge pool</source>
        <translation>Keiner: Der Plan hat keinen Edgepool</translation>
    </message>
    <message>
        <source>The site&apos;s first Edge pool (%1)</source>
        <extracomment>The default of a pool&apos;s Edge pool; %1 is the Edge pool&apos;s internal FQDN.</extracomment>
        <translation>Erster Edgepool des Standorts (%1)</translation>
    </message>
    <message>
        <source>The plan&apos;s first Edge pool (%1)</source>
        <extracomment>The default of a pool&apos;s Edge pool when its site has none; %1 is the Edge pool&apos;s internal FQDN.</extracomment>
        <translation>Erster Edgepool des Plans (%1)</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Nicht gekoppelt</translation>
    </message>
    <message>
        <source>Reverse proxy, Edge pool and pairing</source>
        <translation>Reverseproxy, Edgepool und Kopplung</translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation>Reverseproxy</translation>
    </message>
</context>
<context>
    <name>lyncdns::ProductPage</name>
    <message>
        <source>Product and SIP domains</source>
        <translation>Produkt und SIP-Domänen</translation>
    </message>
    <message>
        <source>Which server version you deploy and which SIP domains your users sign in with. Every client discovery record (&lt;i&gt;lyncdiscover&lt;/i&gt;, SRV records, &lt;i&gt;sip.&lt;/i&gt; names) is created once per SIP domain; the first one is the primary domain that default names are built from.</source>
        <translation>Welche Serverversion Sie bereitstellen und mit welchen SIP-Domänen sich Ihre Benutzer anmelden. Jeder Eintrag zur Clientermittlung (&lt;i&gt;lyncdiscover&lt;/i&gt;, SRV-Einträge, &lt;i&gt;sip.&lt;/i&gt;-Namen) wird einmal pro SIP-Domäne erstellt; die erste ist die primäre Domäne, aus der die Standardnamen gebildet werden.</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Plantitel</translation>
    </message>
    <message>
        <source>optional, shown in reports</source>
        <translation>optional, wird in Berichten angezeigt</translation>
    </message>
    <message>
        <source>Plan &amp;title:</source>
        <translation>Plan&amp;titel:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>P&amp;rodukt:</translation>
    </message>
    <message>
        <source>SIP domains, one per line, the primary first</source>
        <translation>SIP-Domänen, eine pro Zeile, die primäre zuerst</translation>
    </message>
    <message>
        <source>contoso.com
fabrikam.com</source>
        <extracomment>Example SIP domains, one per line.</extracomment>
        <translation>contoso.com
fabrikam.com</translation>
    </message>
    <message>
        <source>&amp;SIP domains
(one per line,
the primary first):</source>
        <translation>&amp;SIP-Domänen
(eine pro Zeile,
die primäre zuerst):</translation>
    </message>
    <message>
        <source>%1 has no Persistent Chat role and no XMPP gateway: their pages and records are left out.</source>
        <extracomment>%1 is the product, e.g. &quot;Skype for Business Server Subscription Edition&quot;.</extracomment>
        <translation>%1 hat keine Rolle für beständigen Chat und kein XMPP-Gateway: Die zugehörigen Seiten und Einträge entfallen.</translation>
    </message>
</context>
<context>
    <name>lyncdns::RecordPreview</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Name, type, data or reason</source>
        <translation>Name, Typ, Daten oder Grund</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <source>Internal DNS records</source>
        <translation>Interne DNS-Einträge</translation>
    </message>
    <message>
        <source>External DNS records</source>
        <translation>Externe DNS-Einträge</translation>
    </message>
    <message>
        <source>&amp;Copy Records</source>
        <translation>Einträge &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected records as a text table (and as CSV for spreadsheets)</source>
        <translation>Ausgewählte Einträge als Texttabelle kopieren (und als CSV für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Copy Records as C&amp;SV</source>
        <translation>Einträge als &amp;CSV kopieren</translation>
    </message>
    <message>
        <source>Copy the selected records as comma-separated values</source>
        <translation>Ausgewählte Einträge als kommagetrennte Werte kopieren</translation>
    </message>
    <message>
        <source>&amp;Internal (%1 of %2)</source>
        <extracomment>Tab title while a filter is active: %1 records shown of %2.</extracomment>
        <translation>&amp;Intern (%1 von %2)</translation>
    </message>
    <message>
        <source>&amp;Internal (%1)</source>
        <translation>&amp;Intern (%1)</translation>
    </message>
    <message>
        <source>E&amp;xternal (%1 of %2)</source>
        <extracomment>Tab title while a filter is active: %1 records shown of %2.</extracomment>
        <translation>E&amp;xtern (%1 von %2)</translation>
    </message>
    <message>
        <source>E&amp;xternal (%1)</source>
        <translation>E&amp;xtern (%1)</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <source>Show the records of one site</source>
        <translation>Die Einträge eines Standorts anzeigen</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Show the records of one type</source>
        <translation>Die Einträge eines Typs anzeigen</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Group the records</source>
        <translation>Einträge gruppieren</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Every SIP domain (no site)</source>
        <translation>Jede SIP-Domäne (kein Standort)</translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>1 record shown in italics with a warning sign is built from a field with an error: fix the field before loading it into DNS.</source>
        <translation>1 kursiv mit Warnsymbol angezeigter Eintrag wurde aus einem fehlerhaften Feld erstellt: Korrigieren Sie das Feld, bevor Sie den Eintrag in das DNS laden.</translation>
    </message>
    <message>
        <source>%1 records shown in italics with a warning sign are built from fields with errors: fix the fields before loading them into DNS.</source>
        <translation>%1 kursiv mit Warnsymbol angezeigte Einträge wurden aus fehlerhaften Feldern erstellt: Korrigieren Sie die Felder, bevor Sie die Einträge in das DNS laden.</translation>
    </message>
</context>
<context>
    <name>lyncdns::RecordTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The central site of the pool a record belongs to; empty for the records every SIP domain has (sign-in, simple URLs)</source>
        <translation>Der Zentralstandort des Pools, zu dem ein Eintrag gehört; leer bei den Einträgen, die jede SIP-Domäne hat (Anmeldung, einfache URLs)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>TTL %1, %2</source>
        <extracomment>Second line of a previewed record&apos;s tooltip: %1 the TTL in seconds, %2 &quot;required&quot; or &quot;optional&quot;.</extracomment>
        <translation>TTL %1, %2</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Built from an invalid field: %1
%2
%3</source>
        <extracomment>Tooltip of a previewed record built from a field with a validation error; %1 says where the field is (&quot;Front End pool pool01.contoso.net, server 2 (fe02.contoso.net), IPv4 address&quot;), %2 is why the record exists, %3 its TTL and whether it is required.</extracomment>
        <translation>Aus einem ungültigen Feld erstellt: %1
%2
%3</translation>
    </message>
</context>
<context>
    <name>lyncdns::ReferenceCombo</name>
    <message>
        <source>%1 (not in the plan)</source>
        <extracomment>A pool&apos;s reference (reverse proxy, Edge pool, backup pool) that names nothing in the plan.</extracomment>
        <translation>%1 (nicht im Plan)</translation>
    </message>
</context>
<context>
    <name>lyncdns::ReportActions</name>
    <message>
        <source>DNS report</source>
        <translation>DNS-Bericht</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>See the hand-over report page by page, and print it from there</source>
        <translation>Übergabebericht Seite für Seite ansehen und von dort aus drucken</translation>
    </message>
    <message>
        <source>Print the hand-over report</source>
        <translation>Übergabebericht drucken</translation>
    </message>
    <message>
        <source>Save the hand-over report as a PDF file</source>
        <translation>Übergabebericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Save the hand-over report as an HTML page</source>
        <translation>Übergabebericht als HTML-Seite speichern</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <extracomment>Window title; %1 is the plan&apos;s title or file name.</extracomment>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>Der Bericht konnte nicht gedruckt werden: %1</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The report could not be saved to %1:
%2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Plan Has Errors</source>
        <translation>Plan enthält Fehler</translation>
    </message>
    <message>
        <source>Exported anyway, every file and report page is stamped as a DRAFT. Fix the errors first to export the plan for use.</source>
        <translation>Bei einem Export trotz Fehlern wird jede Datei und jede Berichtsseite als Entwurf gekennzeichnet. Beheben Sie zuerst die Fehler, um den Plan für den Einsatz zu exportieren.</translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation>&amp;Trotzdem exportieren</translation>
    </message>
</context>
<context>
    <name>lyncdns::ReverseProxyPage</name>
    <message>
        <source>Reverse proxy</source>
        <translation>Reverseproxy</translation>
    </message>
    <message>
        <source>The reverse proxy publishes web services, meetings, dial-in, Office Web Apps and Autodiscover to the Internet. Without it, mobile clients and external meeting participants cannot reach those names.</source>
        <translation>Der Reverseproxy veröffentlicht Webdienste, Besprechungen, Einwahl, Office Web Apps und AutoErmittlung im Internet. Ohne ihn können mobile Clients und externe Besprechungsteilnehmer diese Namen nicht erreichen.</translation>
    </message>
    <message>
        <source>&amp;Publish through a reverse proxy</source>
        <translation>Über einen Reverseproxy &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Publish through a reverse proxy</source>
        <translation>Über einen Reverseproxy veröffentlichen</translation>
    </message>
    <message>
        <source>Reverse proxy public IPv4 address</source>
        <translation>Öffentliche IPv4-Adresse des Reverseproxys</translation>
    </message>
    <message>
        <source>e.g. 131.107.155.40</source>
        <translation>z. B. 131.107.155.40</translation>
    </message>
    <message>
        <source>Public IPv&amp;4 address:</source>
        <translation>Öffentliche IPv&amp;4-Adresse:</translation>
    </message>
    <message>
        <source>Reverse proxy public IPv6 address</source>
        <translation>Öffentliche IPv6-Adresse des Reverseproxys</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Public IPv&amp;6 address:</source>
        <translation>Öffentliche IPv&amp;6-Adresse:</translation>
    </message>
    <message>
        <source>External DNS will point these names at the proxy: %1</source>
        <extracomment>%1 is a comma-separated list of host names.</extracomment>
        <translation>Im externen DNS verweisen diese Namen auf den Proxy: %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>lyncdns::ReviewPage</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <extracomment>The %1 in &quot;pool %1 with %2, %3&quot;, &quot;Edge pool of %1 …&quot; and &quot;pool %1 with %2&quot;.</extracomment>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Servern</numerusform>
        </translation>
    </message>
    <message>
        <source>(no FQDN yet)</source>
        <translation>(noch kein FQDN)</translation>
    </message>
    <message>
        <source>Standard Edition server %1</source>
        <translation>Standard Edition-Server %1</translation>
    </message>
    <message>
        <source>pool %1 with %2, %3</source>
        <extracomment>%1 is the pool FQDN, %2 the number of servers (&quot;3 servers&quot;), %3 the load balancing.</extracomment>
        <translation>Pool %1 mit %2, %3</translation>
    </message>
    <message>
        <source>single Edge server</source>
        <translation>einzelner Edgeserver</translation>
    </message>
    <message>
        <source>Edge pool of %1 with DNS load balancing</source>
        <translation>Edgepool aus %1 mit DNS-Lastenausgleich</translation>
    </message>
    <message>
        <source>Edge pool of %1 behind hardware load balancers</source>
        <translation>Edgepool aus %1 hinter Hardwarelastenausgleichsmodulen</translation>
    </message>
    <message>
        <source>%1 %2; access %3, web conferencing %4, A/V %5</source>
        <extracomment>%1 is the Edge layout (e.g. &quot;single Edge server&quot;), %2 its internal FQDN, %3-%5 its external FQDNs.</extracomment>
        <translation>%1 %2; Zugriff %3, Webkonferenz %4, A/V %5</translation>
    </message>
    <message>
        <source>; behind NAT</source>
        <extracomment>Appended to the Edge summary (&quot;… A/V av.contoso.com; behind NAT&quot;).</extracomment>
        <translation>; hinter NAT</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Everything this plan asks for. Check the findings, then save the plan, export the records or print the report.</source>
        <translation>Alles, was dieser Plan vorsieht. Prüfen Sie die Befunde, und speichern Sie dann den Plan, exportieren Sie die Einträge oder drucken Sie den Bericht.</translation>
    </message>
    <message>
        <source>Whether the plan is ready</source>
        <translation>Status des Plans</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Topology summary</source>
        <translation>Topologieübersicht</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>Errors first. Press Enter on a finding to go to its field.</source>
        <translation>Fehler zuerst. Mit der Eingabetaste springen Sie zum Feld des ausgewählten Befunds.</translation>
    </message>
    <message>
        <source>F&amp;indings (errors first; double-click or press Enter to go to the field):</source>
        <translation>Be&amp;funde (Fehler zuerst; Doppelklick oder Eingabetaste springt zum Feld):</translation>
    </message>
    <message>
        <source>Use File ▸ Save to keep the plan, File ▸ Export for the records, and File ▸ Print Preview for the report.</source>
        <translation>Speichern Sie den Plan mit Datei ▸ Speichern, exportieren Sie die Einträge mit Datei ▸ Exportieren, und öffnen Sie den Bericht mit Datei ▸ Druckvorschau.</translation>
    </message>
    <message>
        <source>Records: %1 internal, %2 external.</source>
        <extracomment>%1 is the number of internal records, %2 of external ones.</extracomment>
        <translation>Einträge: %1 intern, %2 extern.</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A label in the topology summary, e.g. &quot;Product:&quot;.</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SIP domains</source>
        <translation>SIP-Domänen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 (primary: %2)</source>
        <translation>%1 (primär: %2)</translation>
    </message>
    <message>
        <source>DNS</source>
        <extracomment>%1 split-brain or not, %2 the TTL in seconds, %3 &quot;IPv4 and IPv6&quot; or &quot;IPv4 only&quot;.</extracomment>
        <translation>DNS</translation>
    </message>
    <message>
        <source>%1, TTL %2 s, %3</source>
        <translation>%1, TTL %2 s, %3</translation>
    </message>
    <message>
        <source>split-brain (internal copies of the SIP domain zones)</source>
        <translation>Split-Brain (interne Kopien der Zonen der SIP-Domänen)</translation>
    </message>
    <message>
        <source>no split-brain (pin-point zones inside)</source>
        <translation>kein Split-Brain (intern Pinpoint-Zonen)</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>nur IPv4</translation>
    </message>
    <message>
        <source>Front End</source>
        <translation>Front-End</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>none (no external access)</source>
        <translation>keine (kein externer Zugriff)</translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation>Reverseproxy</translation>
    </message>
    <message>
        <source>public address %1</source>
        <translation>öffentliche Adresse %1</translation>
    </message>
    <message>
        <source>meet %1; dial-in %2</source>
        <translation>Besprechung %1; Einwahl %2</translation>
    </message>
    <message>
        <source>; admin %1 (internal only)</source>
        <extracomment>Appended to &quot;meet %1; dial-in %2&quot;.</extracomment>
        <translation>; Verwaltung %1 (nur intern)</translation>
    </message>
    <message>
        <source>Simple URLs</source>
        <translation>Einfache URLs</translation>
    </message>
    <message>
        <source>Autodiscover</source>
        <translation>AutoErmittlung</translation>
    </message>
    <message>
        <source>lyncdiscover as CNAME records</source>
        <translation>lyncdiscover als CNAME-Einträge</translation>
    </message>
    <message>
        <source>lyncdiscover as A records</source>
        <translation>lyncdiscover als A-Einträge</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>Pushbenachrichtigungen</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Verbund</translation>
    </message>
    <message>
        <source>on, discoverable by partners</source>
        <translation>ein, für Partner auffindbar</translation>
    </message>
    <message>
        <source>on, not discoverable</source>
        <translation>ein, nicht auffindbar</translation>
    </message>
    <message>
        <source>XMPP federation</source>
        <translation>XMPP-Verbund</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <source>Persistent Chat</source>
        <translation>Beständiger Chat</translation>
    </message>
    <message>
        <source>pool %1 with %2</source>
        <translation>Pool %1 mit %2</translation>
    </message>
    <message>
        <source>Office Web Apps</source>
        <translation>Office Web Apps</translation>
    </message>
    <message>
        <source>%1 (internal only)</source>
        <translation>%1 (nur intern)</translation>
    </message>
    <message>
        <source>%1, published as %2</source>
        <translation>%1, veröffentlicht als %2</translation>
    </message>
    <message>
        <source>SRV records</source>
        <translation>SRV-Einträge</translation>
    </message>
    <message>
        <source>SIP over TCP SRV</source>
        <translation>SRV für SIP über TCP</translation>
    </message>
    <message>
        <source>host-name fallbacks</source>
        <translation>Fallback-Hostnamen</translation>
    </message>
    <message>
        <source>Legacy discovery</source>
        <translation>Ermittlung für ältere Clients</translation>
    </message>
    <message>
        <source>NTP server %1</source>
        <translation>NTP-Server %1</translation>
    </message>
    <message>
        <source>device updates (ucupdates-r2)</source>
        <translation>Geräteupdates (ucupdates-r2)</translation>
    </message>
    <message>
        <source>Desk phones</source>
        <translation>Tischtelefone</translation>
    </message>
    <message>
        <source>nothing extra</source>
        <translation>nichts Zusätzliches</translation>
    </message>
    <message>
        <source>The plan is ready: no errors.</source>
        <translation>Der Plan ist fertig: keine Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>The plan is ready: no errors (%n warning(s) to read).</source>
        <translation>
            <numerusform>Der Plan ist fertig: keine Fehler (%n Warnung zu beachten).</numerusform>
            <numerusform>Der Plan ist fertig: keine Fehler (%n Warnungen zu beachten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan is not ready: %n error(s) to fix first.</source>
        <translation>
            <numerusform>Der Plan ist noch nicht fertig: %n Fehler muss zuerst behoben werden.</numerusform>
            <numerusform>Der Plan ist noch nicht fertig: %n Fehler müssen zuerst behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a role with its count (&quot;2 Front End pools&quot;), %2 their names.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Site %1</source>
        <extracomment>A row of the topology summary: %1 is a site name.</extracomment>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Branch sites</source>
        <extracomment>%n is the number of branch sites.</extracomment>
        <translation>Zweigstellenstandorte</translation>
    </message>
    <message numerus="yes">
        <source>%n branch site(s)</source>
        <translation>
            <numerusform>%n Zweigstellenstandort</numerusform>
            <numerusform>%n Zweigstellenstandorte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyncdns::RoutesPage</name>
    <message>
        <source>Sign-in and routes</source>
        <translation>Anmeldung und Routen</translation>
    </message>
    <message>
        <source>Which pool clients sign in to and which pools back it up, how remote users reach your Edge pools and which of them carry federation and XMPP, and whether GeoDNS spreads the web names over paired pools. A setting left at its default follows the pools of the plan.</source>
        <translation>Bei welchem Pool sich Clients anmelden und welche Pools ihn absichern, wie Remotebenutzer Ihre Edgepools erreichen und welche davon Verbund und XMPP übernehmen, und ob GeoDNS die Webnamen auf gekoppelte Pools verteilt. Eine Einstellung, die auf dem Standardwert bleibt, folgt den Pools des Plans.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sign-in pool</source>
        <translation>Anmeldepool</translation>
    </message>
    <message>
        <source>Sign-in &amp;pool:</source>
        <translation>&amp;Anmeldepool:</translation>
    </message>
    <message>
        <source>Clients find it through _sipinternaltls._tcp (priority 0): a Director or Front End pool of any site.</source>
        <translation>Clients finden ihn über _sipinternaltls._tcp (Priorität 0): ein Director- oder Front-End-Pool eines beliebigen Standorts.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Backup sign-in pools</source>
        <translation>Sicherungspools für die Anmeldung</translation>
    </message>
    <message>
        <source>%1 (priority %2)</source>
        <extracomment>A backup sign-in pool: %1 its FQDN, %2 the priority of its _sipinternaltls record.</extracomment>
        <translation>%1 (Priorität %2)</translation>
    </message>
    <message>
        <source>Bac&amp;kup pools:</source>
        <translation>Si&amp;cherungspools:</translation>
    </message>
    <message>
        <source>Each ticked pool gets one more _sipinternaltls record, priority 10, 20, … in the order shown.</source>
        <translation>Jeder markierte Pool erhält einen weiteren _sipinternaltls-Eintrag mit Priorität 10, 20, … in der angezeigten Reihenfolge.</translation>
    </message>
    <message>
        <source>Target of the sign-in SRV records</source>
        <translation>Ziel der SRV-Einträge für die Anmeldung</translation>
    </message>
    <message>
        <source>P&amp;ool name in each SIP domain</source>
        <translation>Pool&amp;name in jeder SIP-Domäne</translation>
    </message>
    <message>
        <source>&amp;sip in each SIP domain</source>
        <translation>&amp;sip in jeder SIP-Domäne</translation>
    </message>
    <message>
        <source>Web pool</source>
        <translation>Pool der Webdienste</translation>
    </message>
    <message>
        <source>&amp;Web pool:</source>
        <translation>Pool der Web&amp;dienste:</translation>
    </message>
    <message>
        <source>Its web services take lyncdiscover, lyncdiscoverinternal and the global simple URLs.</source>
        <translation>Seine Webdienste übernehmen lyncdiscover, lyncdiscoverinternal und die globalen einfachen URLs.</translation>
    </message>
    <message>
        <source>Edge routes</source>
        <translation>Edge-Routen</translation>
    </message>
    <message>
        <source>One _sip._tls record per Edge pool: remote clients try the lowest priority first. That pool is the primary one, reached as sip.&lt;SIP domain&gt;.</source>
        <translation>Ein _sip._tls-Eintrag pro Edgepool: Remoteclients versuchen die niedrigste Priorität zuerst. Dieser Pool ist der primäre, erreichbar als sip.&lt;SIP-Domäne&gt;.</translation>
    </message>
    <message>
        <source>This plan has no Edge pool: plan one on the Edge page first.</source>
        <translation>Dieser Plan hat keinen Edgepool: Planen Sie zuerst einen auf der Seite „Edge“.</translation>
    </message>
    <message>
        <source>Remote &amp;access priority</source>
        <translation>Remote-&amp;Priorität</translation>
    </message>
    <message>
        <source>Federation &amp;route</source>
        <translation>Route für &amp;Verbund</translation>
    </message>
    <message>
        <source>&amp;XMPP</source>
        <translation>&amp;XMPP</translation>
    </message>
    <message>
        <source>XMPP pr&amp;iority</source>
        <translation>XMPP-Pr&amp;iorität</translation>
    </message>
    <message>
        <source>Publish pools through &amp;GeoDNS</source>
        <translation>Pools über &amp;GeoDNS veröffentlichen</translation>
    </message>
    <message>
        <source>meet, dialin, lyncdiscover and lyncdiscoverinternal become CNAMEs to names in this zone, which the GeoDNS device answers with the web services of the pools below.</source>
        <translation>meet, dialin, lyncdiscover und lyncdiscoverinternal werden CNAMEs auf Namen in dieser Zone, die das GeoDNS-Gerät mit den Webdiensten der folgenden Pools beantwortet.</translation>
    </message>
    <message>
        <source>GeoDNS zone</source>
        <translation>GeoDNS-Zone</translation>
    </message>
    <message>
        <source>e.g. geolb.contoso.com</source>
        <translation>z. B. geolb.contoso.com</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>Zon&amp;e:</translation>
    </message>
    <message>
        <source>Mo&amp;ve up</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Mov&amp;e down</source>
        <translation>Nac&amp;h unten</translation>
    </message>
    <message>
        <source>GeoDNS pools</source>
        <translation>GeoDNS-Pools</translation>
    </message>
    <message>
        <source>Poo&amp;ls:</source>
        <translation>Poo&amp;ls:</translation>
    </message>
    <message>
        <source>GeoDNS mode</source>
        <translation>GeoDNS-Modus</translation>
    </message>
    <message>
        <source>Round robin between the pools</source>
        <translation>Round Robin zwischen den Pools</translation>
    </message>
    <message>
        <source>Failover: the first pool, then the next</source>
        <translation>Failover: erster Pool, dann der nächste</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <extracomment>Tooltip of a pool in a list: %1 its role (e.g. &quot;Director pool&quot;), %2 its site.</extracomment>
        <translation>%1, Standort %2</translation>
    </message>
    <message>
        <source>Default (no pool yet)</source>
        <extracomment>The first choice of a pool list: the pool the plan uses when none is chosen (%1).</extracomment>
        <translation>Standard (noch kein Pool)</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>(no internal FQDN yet)</source>
        <translation>(noch kein interner FQDN)</translation>
    </message>
    <message>
        <source>%1, primary</source>
        <extracomment>An Edge pool&apos;s site after its FQDN in the routes grid: %1 is the site.</extracomment>
        <translation>%1, primär</translation>
    </message>
    <message>
        <source>Remote access priority of %1</source>
        <extracomment>Accessible names of an Edge pool&apos;s route fields: %1 is the pool&apos;s internal FQDN.</extracomment>
        <translation>Remotezugriffspriorität von %1</translation>
    </message>
    <message>
        <source>Federation route: %1</source>
        <translation>Verbundroute: %1</translation>
    </message>
    <message>
        <source>XMPP: %1</source>
        <translation>XMPP: %1</translation>
    </message>
    <message>
        <source>XMPP priority of %1</source>
        <translation>XMPP-Priorität von %1</translation>
    </message>
    <message>
        <source>No Edge pool is marked as a federation route: the primary pool %1 is the route.</source>
        <extracomment>%1 is the internal FQDN of the primary Edge pool.</extracomment>
        <translation>Kein Edgepool ist als Verbundroute markiert: Der primäre Pool %1 ist die Route.</translation>
    </message>
    <message>
        <source>XMPP federation is not in %1.</source>
        <extracomment>%1 is the product, e.g. &quot;Skype for Business Server 2019&quot;.</extracomment>
        <translation>XMPP-Verbund ist nicht in %1 enthalten.</translation>
    </message>
    <message>
        <source>No Edge pool is marked for XMPP: the primary pool %1 hosts the XMPP proxy.</source>
        <extracomment>%1 is the internal FQDN of the primary Edge pool.</extracomment>
        <translation>Kein Edgepool ist für XMPP markiert: Der primäre Pool %1 hostet den XMPP-Proxy.</translation>
    </message>
    <message>
        <source>&lt;first label of the pool FQDN&gt;.&lt;SIP domain&gt;, as in Microsoft&apos;s examples</source>
        <translation>&lt;erste Bezeichnung des Pool-FQDN&gt;.&lt;SIP-Domäne&gt;, wie in den Beispielen von Microsoft</translation>
    </message>
    <message>
        <source>sip.&lt;SIP domain&gt;</source>
        <translation>sip.&lt;SIP-Domäne&gt;</translation>
    </message>
    <message>
        <source>e.g. %1: %2</source>
        <extracomment>A choice explained: %1 is an example host (e.g. &quot;pool01.contoso.com&quot;), %2 the rule it follows.</extracomment>
        <translation>z. B. %1: %2</translation>
    </message>
</context>
<context>
    <name>lyncdns::ServerGrid</name>
    <message>
        <source>IPv6</source>
        <extracomment>A group of columns in the server grid&apos;s paste hint (&quot;4 × IPv6 (hidden)&quot;).</extracomment>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>NAT</source>
        <extracomment>A group of columns in the server grid&apos;s paste hint (&quot;3 × NAT (hidden)&quot;).</extracomment>
        <translation>NAT</translation>
    </message>
    <message>
        <source>%1 × %2 (hidden)</source>
        <extracomment>The server grid&apos;s paste hint: %1 hidden columns of the group %2 (&quot;4 × IPv6 (hidden)&quot;).</extracomment>
        <translation>%1 × %2 (ausgeblendet)</translation>
    </message>
    <message>
        <source>Paste columns: %1</source>
        <extracomment>Below a server grid: the cells a pasted line holds, in this order.</extracomment>
        <translation>Spalten beim Einfügen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in a server grid row&apos;s header tooltip: %1 the column, %2 the finding.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shown while a cell there holds a value or a finding.</source>
        <translation>Angezeigt, solange eine Zelle dort einen Wert oder einen Befund enthält.</translation>
    </message>
    <message>
        <source>Adds one server per line of the clipboard, its cells separated by tabs (as copied from a spreadsheet), commas or spaces, in this order: %1. A server already listed is updated.</source>
        <extracomment>The Paste button of a server grid; %1 names every column in paste order.</extracomment>
        <translation>Fügt pro Zeile der Zwischenablage einen Server hinzu, die Zellen getrennt durch Tabulatoren (wie aus einer Tabellenkalkulation kopiert), Kommas oder Leerzeichen, in dieser Reihenfolge: %1. Ein bereits aufgeführter Server wird aktualisiert.</translation>
    </message>
</context>
<context>
    <name>lyncdns::ServerPoolPage</name>
    <message>
        <source>Mediation</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <source>A Mediation pool connects Enterprise Voice to a PSTN gateway or SIP trunk. Its pool and servers get internal records.</source>
        <translation>Ein Vermittlungspool verbindet Enterprise-VoIP mit einem PSTN-Gateway oder SIP-Trunk. Sein Pool und seine Server erhalten interne Einträge.</translation>
    </message>
    <message>
        <source>This site has a &amp;Mediation pool</source>
        <translation>Dieser Standort umfasst einen &amp;Vermittlungspool</translation>
    </message>
    <message>
        <source>Mediation pool</source>
        <translation>Vermittlungspool</translation>
    </message>
    <message>
        <source>e.g. medpool.contoso.net</source>
        <translation>z. B. medpool.contoso.net</translation>
    </message>
    <message>
        <source>Mediation pool FQDN</source>
        <translation>FQDN des Vermittlungspools</translation>
    </message>
    <message>
        <source>Mediation servers</source>
        <translation>Vermittlungsserver</translation>
    </message>
    <message>
        <source>Persistent Chat</source>
        <translation>Beständiger Chat</translation>
    </message>
    <message>
        <source>The Persistent Chat pool and its servers get internal records. This role does not exist in Skype for Business Server 2019 and Subscription Edition.</source>
        <translation>Der Pool für beständigen Chat und seine Server erhalten interne Einträge. Diese Rolle gibt es in Skype for Business Server 2019 und der Subscription Edition nicht.</translation>
    </message>
    <message>
        <source>This deployment has a Persistent &amp;Chat pool</source>
        <translation>Diese Bereitstellung umfasst einen Pool für beständigen &amp;Chat</translation>
    </message>
    <message>
        <source>Persistent Chat pool</source>
        <translation>Pool für beständigen Chat</translation>
    </message>
    <message>
        <source>e.g. pchatpool.contoso.net</source>
        <translation>z. B. pchatpool.contoso.net</translation>
    </message>
    <message>
        <source>Persistent Chat pool FQDN</source>
        <translation>FQDN des Pools für beständigen Chat</translation>
    </message>
    <message>
        <source>Persistent Chat servers</source>
        <translation>Server für beständigen Chat</translation>
    </message>
    <message>
        <source>Pool &amp;FQDN:</source>
        <translation>Pool-&amp;FQDN:</translation>
    </message>
    <message>
        <source>Ser&amp;vers:</source>
        <translation>&amp;Server:</translation>
    </message>
</context>
<context>
    <name>lyncdns::ServersTable</name>
    <message>
        <source>&amp;Add server</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Paste servers</source>
        <translation>Ei&amp;nfügen</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <extracomment>A column in the paste hint of a pool&apos;s servers.</extracomment>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <source>IPv6 address (optional)</source>
        <extracomment>A column in the paste hint of a pool&apos;s servers.</extracomment>
        <translation>IPv6-Adresse (optional)</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>One row per server. Paste lines of FQDN, IPv4 and IPv6 separated by tabs with Ctrl+V.</source>
        <translation>Eine Zeile pro Server. Mit Strg+V fügen Sie Zeilen mit FQDN, IPv4 und IPv6 ein, getrennt durch Tabulatoren.</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected servers</source>
        <translation>Ausgewählte Server entfernen</translation>
    </message>
    <message>
        <source>Paste servers from the clipboard</source>
        <translation>Server aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>A Standard Edition server&apos;s FQDN is the pool FQDN above.</source>
        <translation>Der FQDN eines Standard Edition-Servers ist der oben angegebene Pool-FQDN.</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
</context>
<context>
    <name>lyncdns::SimpleUrlsPage</name>
    <message>
        <source>Simple URLs</source>
        <translation>Einfache URLs</translation>
    </message>
    <message>
        <source>Meet (one per SIP domain), Dial-in and the optional Admin URL. Internally they point at the sign-in pool&apos;s web address; externally Meet and Dial-in go to the reverse proxy. The Admin URL is never published outside.</source>
        <translation>Besprechung (eine pro SIP-Domäne), Einwahl und die optionale Verwaltungs-URL. Intern verweisen sie auf die Webadresse des Anmeldepools; extern führen Besprechung und Einwahl zum Reverseproxy. Die Verwaltungs-URL wird nie extern veröffentlicht.</translation>
    </message>
    <message>
        <source>Meet URLs, one per line</source>
        <translation>Besprechungs-URLs, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Meet URLs (one per line):</source>
        <translation>Besprechungs-&amp;URLs (eine pro Zeile):</translation>
    </message>
    <message>
        <source>Dial-in URL</source>
        <translation>Einwahl-URL</translation>
    </message>
    <message>
        <source>&amp;Dial-in URL:</source>
        <translation>&amp;Einwahl-URL:</translation>
    </message>
    <message>
        <source>Admin URL (optional, internal only)</source>
        <translation>Verwaltungs-URL (optional, nur intern)</translation>
    </message>
    <message>
        <source>none (optional; internal DNS only)</source>
        <translation>keine (optional; nur internes DNS)</translation>
    </message>
    <message>
        <source>&amp;Admin URL:</source>
        <translation>&amp;Verwaltungs-URL:</translation>
    </message>
    <message>
        <source>Leave Meet or Dial-in empty to use the defaults shown in grey. A URL can be a host name (meet.contoso.com) or https://host/path.</source>
        <translation>Lassen Sie Besprechung oder Einwahl leer, um die grau angezeigten Standardwerte zu verwenden. Eine URL kann ein Hostname (meet.contoso.com) oder https://host/path sein.</translation>
    </message>
    <message>
        <source>Simple URLs of</source>
        <translation>Einfache URLs von</translation>
    </message>
    <message>
        <source>Simple URLs &amp;of:</source>
        <translation>Einfache URLs v&amp;on:</translation>
    </message>
    <message>
        <source>This &amp;site publishes its own simple URLs</source>
        <translation>&amp;Dieser Standort veröffentlicht eigene einfache URLs</translation>
    </message>
    <message>
        <source>Every site (the global URLs)</source>
        <extracomment>The simple URLs every site uses unless it has its own.</extracomment>
        <translation>Jeder Standort (die globalen URLs)</translation>
    </message>
    <message>
        <source>Site %1 (its own URLs)</source>
        <extracomment>%1 is a site name.</extracomment>
        <translation>Standort %1 (eigene URLs)</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
</context>
<context>
    <name>lyncdns::TlsPanel</name>
    <message>
        <source>TLS endpoints</source>
        <translation>TLS-Endpunkte</translation>
    </message>
    <message>
        <source>Details of the selected endpoint</source>
        <translation>Details zum ausgewählten Endpunkt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an endpoint to see the names its certificate presents and the names it misses.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Endpunkt aus, um die Namen zu sehen, die sein Zertifikat vorlegt, und die Namen, die ihm fehlen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tick &lt;b&gt;Check certificates (TLS)&lt;/b&gt; and run the check to see the certificates the planned endpoints present.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aktivieren Sie &lt;b&gt;Zertifikate prüfen (TLS)&lt;/b&gt;, und führen Sie die Prüfung aus, um die Zertifikate zu sehen, die die geplanten Endpunkte vorlegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Planned names</source>
        <translation>Geplante Namen</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Vorgelegt</translation>
    </message>
    <message>
        <source>being checked…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Ausstellende Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
</context>
<context>
    <name>lyncdns::TlsResultModel</name>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Wrong usage</source>
        <translation>Falsche Verwendung</translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation>Name fehlt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Planned names: %1</source>
        <extracomment>Tooltip of a TLS endpoint: the names its certificate must carry.</extracomment>
        <translation>Geplante Namen: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Missing names</source>
        <translation>Fehlende Namen</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Ausstellende Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>lyncdns::TopologyModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A server in the topology tree: %1 its FQDN, %2 its IPv4 address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the topology tree: sites, pools and servers.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>Column of the topology tree: the number of errors and warnings.</extracomment>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <extracomment>An element of the topology tree whose name is not filled in yet.</extracomment>
        <translation>(noch kein Name)</translation>
    </message>
    <message>
        <source>Central site</source>
        <extracomment>Tooltip of a site in the topology tree.</extracomment>
        <translation>Zentralstandort</translation>
    </message>
    <message>
        <source>Branch sites</source>
        <translation>Zweigstellenstandorte</translation>
    </message>
    <message>
        <source>Branch site without a central site</source>
        <extracomment>Tooltip of a branch site that names no central site yet.</extracomment>
        <translation>Zweigstellenstandort ohne Zentralstandort</translation>
    </message>
    <message>
        <source>Branch site of %1</source>
        <translation>Zweigstellenstandort von %1</translation>
    </message>
    <message>
        <source>Survivable Branch appliance</source>
        <extracomment>Tooltip of a Survivable Branch appliance in the topology tree.</extracomment>
        <translation>Survivable Branch Appliance</translation>
    </message>
    <message>
        <source>No problems</source>
        <extracomment>Problems of a row of the topology tree: %1 the errors (&quot;2 errors&quot;), %2 the warnings.</extracomment>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyncdns::TopologyPage</name>
    <message>
        <source>Sites and pools</source>
        <translation>Standorte und Pools</translation>
    </message>
    <message>
        <source>The estate at a glance: each central site with its pools, and the branch sites with their Survivable Branch appliances. Add, duplicate, rename and remove them here; open a pool to edit its servers and addresses.</source>
        <translation>Die Umgebung auf einen Blick: jeder Zentralstandort mit seinen Pools und die Zweigstellenstandorte mit ihren Survivable Branch Appliances. Fügen Sie sie hier hinzu, duplizieren, benennen Sie sie um und entfernen Sie sie; öffnen Sie einen Pool, um seine Server und Adressen zu bearbeiten.</translation>
    </message>
    <message>
        <source>Central sites, their pools and servers, then the branch sites. Enter opens a pool on its page.</source>
        <translation>Zentralstandorte, ihre Pools und Server, dann die Zweigstellenstandorte. Die Eingabetaste öffnet einen Pool auf seiner Seite.</translation>
    </message>
    <message>
        <source>Si&amp;tes and pools:</source>
        <translation>S&amp;tandorte und Pools:</translation>
    </message>
    <message>
        <source>Add central site</source>
        <translation>Zentralstandort hinzufügen</translation>
    </message>
    <message>
        <source>Add branch site</source>
        <translation>Zweigstellenstandort hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add pool</source>
        <extracomment>The menu of roles a new element of the selected site can have.</extracomment>
        <translation>Pool hinzufügen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add &amp;site</source>
        <translation>Neuer &amp;Standort</translation>
    </message>
    <message>
        <source>Add p&amp;ool</source>
        <translation>Neuer P&amp;ool</translation>
    </message>
    <message>
        <source>Adds a pool of the chosen role to the selected site (Insert in the tree)</source>
        <translation>Fügt dem ausgewählten Standort einen Pool der gewählten Rolle hinzu (Einfg in der Struktur)</translation>
    </message>
    <message>
        <source>Add bran&amp;ch site</source>
        <translation>Neue Zwei&amp;gstelle</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Keys in the tree: Insert adds, Ctrl+D duplicates, F2 renames, Delete removes, Enter opens a pool.</source>
        <translation>Tasten in der Struktur: Einfg fügt hinzu, Strg+D dupliziert, F2 benennt um, Entf entfernt, Eingabe öffnet einen Pool.</translation>
    </message>
    <message>
        <source>Result of the last edit</source>
        <translation>Ergebnis der letzten Bearbeitung</translation>
    </message>
    <message>
        <source>Problems of the selected element</source>
        <translation>Probleme des ausgewählten Elements</translation>
    </message>
    <message>
        <source>&amp;Edit this pool</source>
        <translation>Pool &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Branch site name</source>
        <translation>Name des Zweigstellenstandorts</translation>
    </message>
    <message>
        <source>e.g. Bellevue</source>
        <translation>z. B. Bellevue</translation>
    </message>
    <message>
        <source>Branch s&amp;ite name:</source>
        <translation>Name der Zwe&amp;igstelle:</translation>
    </message>
    <message>
        <source>Central site of the branch site</source>
        <translation>Zentralstandort des Zweigstellenstandorts</translation>
    </message>
    <message>
        <source>Centra&amp;l site:</source>
        <translation>Zentra&amp;lstandort:</translation>
    </message>
    <message>
        <source>Survivable Branch appliances</source>
        <translation>Survivable Branch Appliances</translation>
    </message>
    <message>
        <source>Survivable Branc&amp;h appliances:</source>
        <translation>Survivable Branch &amp;Appliances:</translation>
    </message>
    <message>
        <source>A branch site needs a name no other branch site has; the plan keeps &quot;%1&quot;.</source>
        <extracomment>%1 is the name the branch site keeps in the plan.</extracomment>
        <translation>Ein Zweigstellenstandort braucht einen Namen, den kein anderer Zweigstellenstandort hat; der Plan behält „%1“.</translation>
    </message>
    <message>
        <source>Central site %1</source>
        <extracomment>Details pane title; %1 is the site&apos;s name.</extracomment>
        <translation>Zentralstandort %1</translation>
    </message>
    <message>
        <source>%1 with %2.</source>
        <extracomment>Details of a site: %1 &quot;3 pool(s)&quot;, %2 &quot;8 server(s)&quot;.</extracomment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n Pool</numerusform>
            <numerusform>%n Pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch sites: %1</source>
        <extracomment>%1 is a list of branch site names.</extracomment>
        <translation>Zweigstellenstandorte: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Details pane title: %1 a role (&quot;Edge pools&quot;), %2 the site&apos;s name.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Add pool adds another; select one to see its details.</source>
        <translation>„Neuer Pool“ fügt einen weiteren hinzu; wählen Sie einen aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Details pane title: %1 the kind of element (&quot;Front End pool&quot;), %2 its name.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Site: %1
%2</source>
        <extracomment>Details of an element: %1 its site&apos;s name, %2 &quot;3 server(s)&quot;.</extracomment>
        <translation>Standort: %1
%2</translation>
    </message>
    <message>
        <source>Branch sites</source>
        <translation>Zweigstellenstandorte</translation>
    </message>
    <message numerus="yes">
        <source>%n branch site(s). Add branch site adds one; select one to edit its name, central site and Survivable Branch appliances here.</source>
        <translation>
            <numerusform>%n Zweigstellenstandort. „Neue Zweigstelle“ fügt einen hinzu; wählen Sie einen aus, um hier seinen Namen, seinen Zentralstandort und seine Survivable Branch Appliances zu bearbeiten.</numerusform>
            <numerusform>%n Zweigstellenstandorte. „Neue Zweigstelle“ fügt einen hinzu; wählen Sie einen aus, um hier seinen Namen, seinen Zentralstandort und seine Survivable Branch Appliances zu bearbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a site, a pool or a branch site.</source>
        <translation>Wählen Sie einen Standort, einen Pool oder einen Zweigstellenstandort aus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in the details pane: %1 where it is in words, %2 the validator&apos;s message.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>A problem line of the details pane; %1 is where and what.</extracomment>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>A problem line of the details pane; %1 is where and what.</extracomment>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>(choose a central site)</source>
        <translation>(auswählen)</translation>
    </message>
    <message>
        <source>%1 (no such site)</source>
        <translation>%1 (kein solcher Standort)</translation>
    </message>
    <message>
        <source>A name cannot be empty; nothing was renamed.</source>
        <extracomment>%1 is the name typed.</extracomment>
        <translation>Ein Name darf nicht leer sein; es wurde nichts umbenannt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken by another one of its kind; nothing was renamed.</source>
        <translation>„%1“ ist bereits von einem anderen Element derselben Art belegt; es wurde nichts umbenannt.</translation>
    </message>
    <message>
        <source>Remove the central site &quot;%1&quot; with its %2 and %3?</source>
        <extracomment>%1 the site&apos;s name, %2 &quot;3 pool(s)&quot;, %3 &quot;8 server(s)&quot;.</extracomment>
        <translation>Den Zentralstandort „%1“ (%2, %3) entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>%n branch site(s) of this site will have no central site until you choose one.</source>
        <translation>
            <numerusform>%n Zweigstellenstandort dieses Standorts hat keinen Zentralstandort, bis Sie einen auswählen.</numerusform>
            <numerusform>%n Zweigstellenstandorte dieses Standorts haben keinen Zentralstandort, bis Sie einen auswählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the %1 &quot;%2&quot; with its %3?</source>
        <translation>%1 „%2“ (%3) entfernen?</translation>
    </message>
    <message>
        <source>Remove the %1 &quot;%2&quot;?</source>
        <extracomment>%1 the kind (&quot;Reverse proxy&quot;), %2 its name.</extracomment>
        <translation>%1 „%2“ entfernen?</translation>
    </message>
    <message>
        <source>Settings that name it go back to their defaults.</source>
        <translation>Einstellungen, die darauf verweisen, werden auf ihre Standardwerte zurückgesetzt.</translation>
    </message>
    <message>
        <source>Remove the branch site &quot;%1&quot; with its %2?</source>
        <extracomment>%1 the branch site&apos;s name, %2 &quot;1 Survivable Branch appliance(s)&quot;.</extracomment>
        <translation>Den Zweigstellenstandort „%1“ (%2) entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>%n Survivable Branch appliance(s)</source>
        <translation>
            <numerusform>%n Survivable Branch Appliance</numerusform>
            <numerusform>%n Survivable Branch Appliances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyncdns::WelcomePage</name>
    <message>
        <source>Welcome to Lync DNS Planner</source>
        <translation>Willkommen beim Lync DNS Planner</translation>
    </message>
    <message>
        <source>Plan the DNS records of Lync Server 2013 and Skype for Business Server 2015/2019: every record with the reason it exists, ready to hand over and to check on site.</source>
        <translation>Planen Sie die DNS-Einträge für Lync Server 2013 und Skype for Business Server 2015/2019: jeden Eintrag mit dem Grund, warum er benötigt wird – bereit zur Übergabe und zur Prüfung vor Ort.</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation>Zuletzt &amp;geöffnete Pläne:</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Zuletzt geöffnete Pläne</translation>
    </message>
    <message>
        <source>E&amp;xamples:</source>
        <translation>Bei&amp;spiele:</translation>
    </message>
    <message>
        <source>Example plans</source>
        <translation>Beispielpläne</translation>
    </message>
    <message>
        <source>No recent plans yet.</source>
        <translation>Noch keine zuletzt geöffneten Pläne.</translation>
    </message>
    <message>
        <source>New &amp;plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
</context>
</TS>
