<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutosaveStore</name>
    <message>
        <source>%1: cannot lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateExport</name>
    <message>
        <source>subject</source>
        <extracomment>Row labels of the plain-text certificate table (certs --format table).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (site %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, server %2 (site %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exportable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key not exportable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Microsoft allows a wildcard SAN (*.&lt;SIP domain&gt;) in place of the simple URLs and Autodiscover names of a domain, never as the subject; test desk phones with it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wildcard: Microsoft does not support one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the _sipinternaltls._tcp target inside the SIP domain (strict DNS name matching); the certificate wizard does not add it, add it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default, web internal and web external may be one certificate with the names of all three (Set-CsCertificate -Type Default,WebServicesInternal,WebServicesExternal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Meet, Dial-in and Admin URL and lyncdiscoverinternal.&lt;SIP domain&gt;, on every pool: any pool may answer them (a paired pool, a changed web pool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ucupdates-r2.&lt;SIP domain&gt;: desk phones that have never signed in find the Device Update Web service under it; Microsoft&apos;s tables leave it out, it costs nothing on an internal certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reverse proxy forwards the external web services, the Meet and Dial-in URLs and lyncdiscover.&lt;SIP domain&gt; to this site under these names; no Admin URL (it is internal only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One certificate for the pool, its key exported onto every Edge server. Microsoft&apos;s table gives it a subject only; the pool name and each Edge server&apos;s FQDN (which the Central Management store replicates to) are its SAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wildcard is allowed here but of no use (Microsoft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One public certificate for the Access, Web Conferencing and A/V authentication services, the same certificate and private key on every Edge server of the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The A/V Edge name %1 is left off: the A/V Edge service uses neither subject nor SAN (Microsoft&apos;s Edge certificate table). Lync Server 2013&apos;s planning page asks for it; adding it does no harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP: Microsoft&apos;s table also adds *.&lt;SIP domain&gt;; add it only if an XMPP partner asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public certificate of the proxy&apos;s HTTPS listener; exportable, so the request can be made on another computer and the certificate installed on every node of the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft allows a wildcard SAN (*.&lt;SIP domain&gt;) in place of the Meet, Dial-in and lyncdiscover names of a domain, never as the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyncdiscover.&lt;SIP domain&gt; for every SIP domain (Autodiscover over HTTPS; publishing it over HTTP on port 80 instead is supported but not recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front Ends reach the farm under its internal name, the reverse proxy forwards its external name to it; a load-balanced farm has the same certificate on every member (exportable key), with each member&apos;s FQDN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch site %1. Microsoft&apos;s table: sip.&lt;SIP domain&gt; for every SIP domain (clients sign in to the appliance when the central pool is down); its own FQDN is repeated in the SAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in pool: internal clients and desk phones reach it as sip.&lt;SIP domain&gt; (and sipinternal.&lt;SIP domain&gt;) in internal DNS, so these names are on it for every SIP domain. The wizard offers sip.&lt;SIP domain&gt;; add sipinternal.&lt;SIP domain&gt; by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard adds the access and web conferencing names and, on its SIP domain page, sip.&lt;SIP domain&gt;; add %1 by hand: clients and partners reach the Access Edge under them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End, Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End, web internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End, web external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director, Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director, web internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director, web external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge, internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge, external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivable Branch Appliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckClassifier</name>
    <message>
        <source>no answer within the timeout; nothing is known about this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not resolve here (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the query: it holds no zone for this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not resolve here, as it must not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name exists but has no %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolves here although it must stay internal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CNAME chain ends without a %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SRV target %1 is a CNAME; it must have its own A/AAAA records (R-SRV2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through CNAME %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the expected values is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every expected value is there, plus %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 expected values are there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an A record instead of the CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a documented alternative: an A record with the address its CNAME target %2 has in the plan (%1)</source>
        <extracomment>%1 the addresses, %2 the CNAME target the plan has.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckExport</name>
    <message>
        <source>internal DNS server: not given, internal records skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external DNS server: not given, external records skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal DNS server: %1 (%2)</source>
        <extracomment>%1 is the server&apos;s address, %2 how it answered (or why not).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external DNS server: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks: %2%3</source>
        <extracomment>%1 is the number of checks, %2 counts per status (&quot;3 ok, 1 missing&quot;; the status names stay English), %3 is empty or &quot; (cancelled)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <extracomment>Column headings of the plain-text check report.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTUAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(must not resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems: %1, notices: %2</source>
        <extracomment>%1 problems (they fail the check), %2 notices (optional records that are missing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIREMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (they fail the check):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices: optional records that are missing (they do not fail the check):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudRecords</name>
    <message>
        <source>Microsoft 365 GCC High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 DoD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 operated by 21Vianet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Lync DNS Planner: plans, exports and checks the DNS records of Lync Server 2013 and Skype for Business Server 2015/2019.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 problems found, 2 bad usage or plan file, 3 DNS server unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (see lyncdns --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a plan file is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one plan file only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 or letter (pdf report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal or external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind, powershell, csv, json, html or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output folder (bind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --format is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --paper is for the html and pdf report only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --format pdf writes a file: give -o OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --format bind writes a folder of zone files: use --dir DIR, not -o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --format bind writes several files: give --dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --format %1 writes one file: use -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external DNS server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds per query (1-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printable report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check --report %1: the file name must end in .pdf or .html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check --paper is for the --report file only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: give --internal-server IP, --external-server IP or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes whole seconds from 1 to 30, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal records skipped: no --internal-server given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external records skipped: no --external-server given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command or option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>write a plan with errors anyway, stamped as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not exported; --force writes it anyway, stamped as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exported anyway (--force), stamped as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not checked; fix the validation errors first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv, json or geodns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan has no GeoDNS names (no geoDns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal DNS server address (repeat it for one per site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--internal-server %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version 2 plan to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert: give -o NEW, the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not converted: the version 2 text does not read back as the same plan (%2); please report this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows DNS Server script that makes the failing records right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same changes as CSV rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv, json or inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output folder (inf: one request file each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certs --format inf writes one file per certificate: use --dir DIR, not -o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certs --format inf writes one file per certificate: give --dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certs --format %1 writes one file: use -o OUT</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also connect to every planned TLS endpoint and check its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates trusted besides the system&apos;s (--tls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid, teams-only or onprem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, csv, json, powershell or bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output folder (bind: the target zones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate --format bind writes a folder of zone files: use --dir DIR, not -o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate --format bind writes several files: give --dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate --format %1 writes one file: use -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate --format powershell writes a change script and its rollback beside it: give -o FILE.ps1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: a topology file is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: one topology file only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the cutover to this migration phase instead (teams-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--internal-server not asked: no moved SIP domain has split-brain DNS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsResolver</name>
    <message>
        <source>this resolver cannot ask for every type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstateRole</name>
    <message>
        <source>Front End pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps farms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Front End pool(s)</source>
        <translation>
            <numerusform>%n Front End pool</numerusform>
            <numerusform>%n Front End pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Director pool(s)</source>
        <translation>
            <numerusform>%n Director pool</numerusform>
            <numerusform>%n Director pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Edge pool(s)</source>
        <translation>
            <numerusform>%n Edge pool</numerusform>
            <numerusform>%n Edge pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reverse proxy(ies)</source>
        <translation>
            <numerusform>%n reverse proxy</numerusform>
            <numerusform>%n reverse proxies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Office Web Apps farm(s)</source>
        <translation>
            <numerusform>%n Office Web Apps farm</numerusform>
            <numerusform>%n Office Web Apps farms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Persistent Chat pool(s)</source>
        <translation>
            <numerusform>%n Persistent Chat pool</numerusform>
            <numerusform>%n Persistent Chat pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Mediation pool(s)</source>
        <translation>
            <numerusform>%n Mediation pool</numerusform>
            <numerusform>%n Mediation pools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2, which is not part of a zone export: choose an empty folder or the folder of an earlier export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder beside it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot put the new export in place of the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPolicy</name>
    <message>
        <source>The plan has 1 validation error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has %1 validation errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <extracomment>One error in the list of a refused export: %1 the rule id, %2 the JSON path, %3 the message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <extracomment>After the first errors of a refused export: %1 is how many are not listed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: this plan has 1 validation error; do not load into production DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: this plan has %1 validation errors; do not load into production DNS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixText</name>
    <message>
        <source>the DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a server for this location to check this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that %1 runs and answers DNS queries (UDP and TCP port 53) from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: run the check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no zone for this name: create zone %2 there, or check against the server that holds it</source>
        <extracomment>%1 is the DNS server, %2 the zone (in backquotes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check zone %1 on %2: the server failed to answer (SERVFAIL); its event log says why</source>
        <extracomment>%1 is the zone (in backquotes), %2 the DNS server.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check %1 and anything between it and this computer that rewrites DNS: its answer cannot be used</source>
        <extracomment>%1 is the DNS server.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1 A/AAAA records of its own instead of the CNAME: an SRV target must not be a CNAME (R-SRV2)</source>
        <extracomment>%1 is a host name in backquotes. R-SRV2 is a rule id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1 from the public zone</source>
        <extracomment>%1 is a host name in backquotes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace %1 at %2 with %3</source>
        <extracomment>%1 what the name holds (&quot;CNAME web.contoso.com&quot;), %2 the name in backquotes, %3 the planned records (&quot;A 10.0.0.1&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create pin-point zone %1 with %2</source>
        <extracomment>%1 is the zone&apos;s name in backquotes, %2 its record (&quot;SRV 0 0 5061 pool01.fabrikam.com&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create %1 %2 → %3</source>
        <extracomment>%1 the record type, %2 the name in backquotes, %3 the values.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the %1 of %2 from %3 to %4</source>
        <extracomment>%1 &quot;target&quot;, &quot;address&quot; or &quot;SRV record&quot;; %2 the name in backquotes; %3 and %4 the values.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the missing %1 %2 to %3</source>
        <extracomment>%1 &quot;address(es)&quot; or &quot;SRV record(s)&quot;, %2 the values, %3 the name in backquotes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 from %2 (not planned)</source>
        <extracomment>%1 the values, %2 the name in backquotes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare the records of %1 with the plan</source>
        <extracomment>%1 the name in backquotes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostNames</name>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 253 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single-label name is not supported; use a fully qualified name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has an empty label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label is longer than 63 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underscores are not allowed in host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only letters A-Z, digits and hyphens are allowed (found &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label cannot start or end with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last label cannot be numeric (is this an address?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global</source>
        <extracomment>An IPv6 address scope.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique-local</source>
        <extracomment>An IPv6 address scope (fc00::/7).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local</source>
        <extracomment>An IPv6 address scope (fe80::/10).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site-local</source>
        <extracomment>An IPv6 address scope (fec0::/10, deprecated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>An IPv6 address that is loopback or unspecified.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified or &quot;this network&quot; (0.0.0.0/8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 1918 private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier-grade NAT (100.64.0.0/10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved or broadcast (240.0.0.0/4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 unique-local (fc00::/7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 site-local (fec0::/10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Lync DNS Planner is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCheck</name>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReader</name>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <extracomment>%1 and %2 are kinds of JSON values, such as &quot;a string&quot; or &quot;an array&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;lyncdns-plan&quot; (is this a Lync DNS Planner plan?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file: a plan is read from a file, not from a folder, pipe or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 bytes; a plan file holds at most %2 bytes (16 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of domain names and { name, splitBrain } objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain name or an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version 1 key; a version 2 plan lists this in &quot;sites&quot;, as sites[].%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported plan version %1; this program reads versions 1 and 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Director</source>
        <extracomment>The role of a pool; %1 in reasons such as &quot;Autodiscover for internal clients: the %1 internal web services&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Edition server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End server %1: server-to-server traffic and replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Edition server: its FQDN is also its pool FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End pool, DNS load balancing: one A per deployed Front End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End pool behind a hardware load balancer: the VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End pool with a single server and no load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End internal web services (HTTPS cannot use DNS load balancing): the web VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director %1: server-to-server traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director pool, DNS load balancing: one A per Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director pool FQDN: the Director or its load balancer VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director internal web services: the web VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge internal FQDN: the internal load balancer VIP; Front Ends reach the Edge here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge internal FQDN: the Edge internal interface(s); Front Ends reach the Edge here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge server %1: its internal interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover for internal clients: the %1 internal web services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover for internal clients: the %1 internal web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV target for %1 inside the SIP domain (the pool FQDN %2 is not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal sign-in of %1 users over TLS (legacy clients, desk phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal sign-in over TCP, tried only when TCP is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-record fallback for internal sign-in to the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal sign-in fallback and Lync Phone Edition: the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time source for desk phones (else they try time.windows.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device Update Web service for phones that have never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet simple URL for internal users: the %1 web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in simple URL for internal users: the %1 web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin simple URL (Control Panel): internal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat pool: one A per Persistent Chat server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps Server: PowerPoint presentations in meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Edge for %1: remote sign-in, federation and public IM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External automatic sign-in of %1 users through the Access Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notifications (and federation discovery) for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets federated partners discover the Access Edge of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-record fallback for external sign-in: the Access Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets XMPP partners find the XMPP gateway for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Edge external FQDN (SIP, federation): the Access Edge public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Conferencing Edge: meeting content for remote and federated users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V Edge: audio and video media relay for remote users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP proxy on the Access Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End external web services (address book, meetings, mobility), published by the reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director external web services (authentication first goes here), published by the reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet simple URL for external users: the reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in simple URL for external users: the reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps for external meeting participants: the reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover for mobile and external clients: the %1 external web services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover for mobile and external clients: the reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pin-point zone: internal DNS has no zone for the SIP domain)</source>
        <extracomment>%1 is the record&apos;s reason, as above.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External web services reached from inside (Mobility, UCWA): the reverse proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup sign-in pool %1 for %2 users, tried when the pools before it do not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover for internal clients through GeoDNS (paired pools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet simple URL through GeoDNS (paired pools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in simple URL through GeoDNS (paired pools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation server %1: SIP and media to the PSTN gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation pool, DNS load balancing: one A per Mediation server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps farm member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivable Branch Appliance %1 of branch site %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Edge pool %1 under the name of %2 (SRV targets stay inside the SIP domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid with Microsoft 365: federation SRV for %1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover for mobile and external clients through GeoDNS (paired pools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: federation of %2, whose users are Teams Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sign-in of %2 users (Skype for Business clients, phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Autodiscover of %2; the switch to Teams Only checks this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sign-in fallback of %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (also internal: the internal zone of %2 would hide the public record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDnsLookupRunnable</name>
    <message>
        <source>Invalid reply received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtDnsResolver</name>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Qt version (%1) can query an %2 server only when the first nameserver in %3 is %2 too; give the server&apos;s %4 address instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is cut short: it announces %1 records but holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name in the answer is malformed (a bad label or compression pointer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record in the answer is malformed (type %1, %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid answer within %1 s (a reply came but was rejected: wrong ID or question?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAME loop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer could not be confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid answer to a second query within %1 s (%2 replies rejected: wrong ID or question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to a second query within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing listening on port 53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is truncated (TC) and could not be fetched over TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not implement this query (NOTIMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an unknown response code (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered the same question differently twice (%1, then %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>still published; runbook step %1 removes it after the switch to Teams Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a random name resolves: a wildcard record under %1 answers for every name without records of its own, lyncdiscover included</source>
        <extracomment>%1 the SIP domain.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the wildcard record %1 from the public zone</source>
        <extracomment>%1 the wildcard name in backquotes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessExport</name>
    <message>
        <source>no Skype for Business records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known, the server did not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 expected (%5), found %4</source>
        <extracomment>%1 name, %2 type, %3 expected values, %4 what the server has (or why nothing), %5 location.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover readiness (teams-only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no SIP domain moves to Teams in this plan
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), %4</source>
        <extracomment>%1 the SIP domain, %2 the phase in words, %3 its keyword, %4 ready / not ready.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  blocks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  left over: %1 %2 %3 (%4)</source>
        <extracomment>%1 name, %2 type, %3 what it resolves to, %4 why it is listed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  wildcard %1 answers %2 (asked %3)</source>
        <extracomment>%1 the wildcard name, %2 what it answers, %3 the random name asked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no wildcard (%1 does not resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  wildcard unknown (%1 was not answered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>LOCATION</source>
        <extracomment>Column headings of the plain-text record table; REQ says whether the record is required.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIREMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>The REQ column of the plain-text record table: the record is required.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <extracomment>The REQ column of the plain-text record table: the record is optional.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>DNS load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director pool &lt;b&gt;%1&lt;/b&gt; with %2, %3</source>
        <extracomment>%1 is the pool FQDN, %2 &quot;3 servers&quot;, %3 the kind of load balancing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Edition server &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise Edition pool &lt;b&gt;%1&lt;/b&gt; with %2, %3</source>
        <extracomment>%1 is the pool FQDN, %2 &quot;3 Front End servers&quot;, %3 the kind of load balancing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Front End server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Front End servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (VIP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Servers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Internal web services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; external web services: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single Edge Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scaled Edge pool with DNS load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scaled Edge pool behind hardware load balancers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, internal FQDN &lt;b&gt;%1&lt;/b&gt;, %2. </source>
        <extracomment>Follows &quot;A single Edge Server&quot; or &quot;A scaled Edge pool …&quot;; %2 is &quot;2 servers&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public addresses are translated by NAT: external DNS publishes the public addresses, the servers&apos; own (private) addresses are listed for reference only. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NAT: the external interfaces carry the public addresses. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: internal %2; access %3, web conferencing %4, A/V %5</source>
        <extracomment>One Edge server: %1 is its FQDN, %2–%5 its addresses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (private %1, %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers: %1.</source>
        <extracomment>%1 is the list of Edge servers, separated by &quot;; &quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Load balancer VIPs: internal %1, access %2, web conferencing %3, A/V %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover (lyncdiscover as %1 record)</source>
        <extracomment>%1 is the record type, CNAME or A.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>federation, discoverable by partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>federation (not discoverable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push notifications for mobile clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps Server %1 (internal), %2 (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy client discovery (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTP for desk phones (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the host: letters, digits and hyphens only, fully qualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address: IPv4 as a dotted quad, IPv6 in standard notation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the missing value in the plan; the topology cannot be published without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the topology to a supported layout (edition, server count, load balancing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the duplicate SIP domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every server its own FQDN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove XMPP and Persistent Chat: Skype for Business Server 2019 has neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the SRV record at a host name inside its SIP domain, never at a CNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second server to the pool, or do not use DNS load balancing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pool its own internal web FQDN with a load-balanced web VIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least two Edge servers with DNS load balancing; do not combine hardware load balancing with NAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep round robin enabled on every DNS server that answers for these names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the external web services through a reverse proxy (and an Edge for push).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Autodiscover CNAMEs on names of their own, inside the SIP domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep internal-only names and private addresses out of external DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the simple URLs: https, no port, one Meet URL per SIP domain, all unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every host an IPv6 address, or turn IPv6 off in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the pin-point zones listed under internal DNS records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server returns exactly the expected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not exist, or has no data of that type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data of that type exists, but none of it is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some expected values are there, some are not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every expected value is there, plus unexpected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name that must not resolve in this location resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server failed (SERVFAIL, REFUSED, malformed answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <comment>severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <comment>check status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <comment>check status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mismatch</source>
        <comment>check status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <comment>check status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <comment>check status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exposed</source>
        <comment>check status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>check status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>check status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <comment>location</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external</source>
        <comment>location</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records hand-over report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(primary: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 internal, %2 external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: clients sign in to the Front End directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no remote, federated or anonymous access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes the external web services at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the external web services are not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet %1; dial-in %2; admin %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; TTL %2 s; IPv6 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-brain DNS: internal zones for the SIP domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internal zones for the SIP domains: pin-point zones hold the internal names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (AAAA records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1</source>
        <extracomment>The heading of one zone&apos;s table; %1 is the zone&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin-point zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <extracomment>Time to live, the DNS record field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin-point zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal DNS has no zone for the SIP domain, so each of these names gets a zone of its own, named exactly after it (&lt;i&gt;dnscmd /zoneadd&lt;/i&gt; or &lt;i&gt;Add-DnsServerPrimaryZone&lt;/i&gt;), holding the record at the zone apex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the plan passes every validator rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors break a documented requirement, warnings are likely failures or documented recommendations, notes are for information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <extracomment>%1 is the advice for the finding&apos;s rule.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given: records of this location were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>DNS server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <extracomment>The computer the check ran on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &amp;#8212; DNS report</source>
        <extracomment>The report&apos;s title; %1 is the plan&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported anyway: the validator findings at the end list the errors. Fix them and export again before any record goes into DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each role its own FQDN: one name cannot be two services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every server of the pool its own address: DNS load balancing hands out one address per server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Edge&apos;s external interfaces IPv6 addresses too, or keep its internal side on IPv4 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the three Edge services a public address each, or move Web Conferencing and A/V to their own ports on the shared address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every server of the pool IPv6 addresses of the same scope (all global or all unique-local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a shorter SIP domain: the names generated under it must stay within 253 characters (63 per label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Paired with %1 for disaster recovery.</source>
        <extracomment>%1 is the FQDN of the backup pool (pool pairing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Published by reverse proxy %1.</source>
        <extracomment>%1 is the name of a reverse proxy.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Published by reverse proxy %1, which the plan does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Media through Edge pool %1.</source>
        <extracomment>%1 is the internal FQDN of an Edge pool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Media through Edge pool %1, which the plan does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Access %1, web conferencing %2, A/V %3.</source>
        <extracomment>The public names of one Edge pool; %1–%3 are FQDNs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Remote access priority %1: the primary Edge pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Remote access priority %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Federation route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> XMPP proxy, priority %1.</source>
        <extracomment>%1 is the SRV priority of this Edge pool&apos;s _xmpp-server record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 (%2)</source>
        <extracomment>%1 is a pool FQDN, %2 the list of its servers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, internal address %1</source>
        <extracomment>After an Office Web Apps farm&apos;s names; %1 is its internal address (the VIP, or its one server).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (central site)</source>
        <extracomment>The heading of one central site, in the topology and above its records; %1 is its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None at this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes external web services at %2.</source>
        <extracomment>%1 is the reverse proxy&apos;s name, %2 its public addresses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site simple URLs</source>
        <extracomment>The simple URLs of one site (site scope), beside the global ones.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central site %1. Survivable Branch Appliances: %2.</source>
        <extracomment>%1 is the central site a branch site depends on, %2 its Survivable Branch Appliances.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients sign in through %1</source>
        <extracomment>%1 is the FQDN of the pool that takes automatic sign-in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, then %1</source>
        <extracomment>%1 is a list of pools, tried in that order when the sign-in pool fails.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; SRV records point at sip.&amp;lt;SIP domain&amp;gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; SRV records point at &amp;lt;pool name&amp;gt;.&amp;lt;SIP domain&amp;gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; Autodiscover and simple URLs through %1.</source>
        <extracomment>%1 is the FQDN of the pool whose web services take Autodiscover and the simple URLs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover: the first pool, the next when it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round robin between the pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid with Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1, cloud %2, SIP domains moved: %3.</source>
        <extracomment>%1 the migration phase, %2 the cloud keyword, %3 the SIP domains moved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Without split-brain (pin-point zones): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> With split-brain (internal zones): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole estate</source>
        <extracomment>The heading of the topology&apos;s estate-wide facts, after the sites.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone %1 over the pools %2; %3.</source>
        <extracomment>%1 the GeoDNS zone, %2 its pools, %3 how the GeoDNS device chooses between them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration to Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SIP domain</source>
        <extracomment>The heading above the records that exist once per SIP domain (sign-in, Autodiscover, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (branch site)</source>
        <extracomment>The heading above a branch site&apos;s records; %1 is its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record. To be created on the internal DNS servers, grouped by site, then by the zone that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records. To be created on the internal DNS servers, grouped by site, then by the zone that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record. To be created on the external (public) DNS servers, grouped by site, then by the zone that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records. To be created on the external (public) DNS servers, grouped by site, then by the zone that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be configured on the GeoDNS provider for the zone %1, not in the DNS zones above: each name answers with one of its members (%2). The Meet, Dial-in and Autodiscover names of every SIP domain are CNAMEs to these names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoDNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <extracomment>%1 is where in the plan a finding is, in words (&quot;Front End pool pool01.contoso.net, server 2&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename one of them: pools and branch sites refer to sites and reverse proxies by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the reference: name a pool by its FQDN, an Edge pool by its internal FQDN, a reverse proxy or a site by its name, a SIP domain of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark one Edge pool for federation, or make sure every federated partner runs Lync Server or Skype for Business Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the paired pools in geoDns.pools and give each internal and external web services FQDNs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each Edge pool its own remote access (and XMPP) priority: the lowest is tried first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every Front End and Director pool web service FQDNs of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep CNAMEs on names of their own and off zone apexes: Autodiscover names to themselves, GeoDNS only for SIP domains with split-brain DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a site with site-scoped simple URLs its own Dial-in URL; prefer global simple URLs when pools are paired across sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS check evidence of %1 from %2, with the planned records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: %2 problems, %3 notices, from %4</source>
        <extracomment>%1 is &quot;12 records&quot;, %2 and %3 numbers, %4 the host the check ran on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not resolve on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; asked %2</source>
        <extracomment>Where a result comes from; %1 is &quot;internal DNS, zone contoso.com&quot;, %2 the server asked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1 &amp;#183; Found: %2</source>
        <extracomment>%1 what the plan expects, %2 everything the server returned at the name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the result&apos;s detail, %2 the documented alternative the check accepted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <extracomment>%1 is one line saying what to change in DNS.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS check evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the DNS servers answered when queried from this vantage point, record by record: the problems with required records first, then the problems with optional records, the optional records not found (notices, not problems), and the records as planned. Each problem says what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a missing optional record is a notice, not a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with required records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the plan needs that the servers do not answer as planned, worst first, each with what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with optional records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional records that hold other data than planned, or that a server did not answer for: a wrong record misleads clients, so these are problems too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices: optional records not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not problems: the deployment works without them. Create them when the feature they serve is wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the servers answered exactly as planned, documented alternatives included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS check evidence %1 &amp;#8212; %2 &amp;#8212; servers %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>TLS status count</comment>
        <extracomment>A count of TLS endpoints with one status; %1 the number, %2 the status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is &quot;10 endpoints&quot;, %2 the counts per status.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request per server role that needs one, with every name a planned record makes clients reach on the server that answers it. Names marked * are not added by the certificate wizard: add them to the request by hand (rule R-CERT1). The request files for certreq.exe: lyncdns certs PLAN --format inf --dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exportable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key not exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name did not resolve, or nothing accepted the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, but no TLS 1.2 or later handshake or no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain does not verify against the trusted certification authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired, not valid yet, or expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Server Authentication extended key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a planned name is not on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted, valid, for server authentication, every planned name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &amp;#183; %2 certificate</source>
        <extracomment>Where a TLS endpoint is: %1 &quot;internal&quot; or &quot;external&quot;, %2 the certificate that answers it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after: %1 &amp;#183; Issuer: %2</source>
        <extracomment>%1 the certificate&apos;s notAfter (ISO 8601, UTC), %2 its issuer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates presented (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each planned TLS endpoint, resolved through the DNS server of its location and connected to from this vantage point with the planned name as SNI (TLS 1.2 or later), and the certificate it presented compared with the names its certificate request carries: problems first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint was probed: none is planned where a server was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <comment>TLS status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>TLS status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted</source>
        <comment>TLS status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <comment>TLS status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong usage</source>
        <comment>TLS status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name missing</source>
        <comment>TLS status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <comment>TLS status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the name to the certificate request by hand (the Certificates section lists every name), or change the plan so clients reach a name the wizard adds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the Edge pool: hybrid routes federation with Microsoft 365 through _sipfederationtls._tcp of every SIP domain to an Access Edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add _sipfederationtls._tcp of each SIP domain to the internal zone the Edge servers ask, or point them at external DNS servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an internal A record for the Web Conferencing Edge FQDN with its external address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: the changes with step %1</source>
        <extracomment>After a DNS step&apos;s title; %1 its number, which the change set&apos;s rows carry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS side of leaving Skype for Business Server, in Microsoft&apos;s order: the runbook, then every record it adds, changes or removes. The change script with its rollback: lyncdns migrate PLAN --format powershell -o FILE.ps1; the proof that public DNS is ready before the switch: lyncdns check PLAN --external-server IP --phase teams-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2, %3</source>
        <extracomment>%1 the phase now, %2 the phase after the move, %3 the Microsoft 365 cloud.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domains moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domains staying on premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the plan is at that phase already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do, commands and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record stays as it is and is not listed (lyncdns migrate PLAN --format csv lists every record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records stay as they are and are not listed (lyncdns migrate PLAN --format csv lists every record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, one for each server: %2</source>
        <extracomment>%1 a pool FQDN, %2 its servers, comma-separated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s own FQDN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>rendering a report needs a QGuiApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish painting the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read back the report&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Server host record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS load-balanced pool (one address per server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware load-balanced pool (the VIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool of one server without a load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal web services FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge internal FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge server internal interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps Server (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat server or pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal automatic sign-in SRV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal sign-in SRV over TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal sign-in host fallback (sipinternal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal sip host (fallback, desk phones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Autodiscover (lyncdiscoverinternal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time server SRV for desk phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device Update Web service host for phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet simple URL (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in simple URL (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin simple URL (internal only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Edge (sip and the access FQDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Conferencing Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External automatic sign-in SRV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation and push notification SRV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External sign-in host fallback (sipexternal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP federation SRV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End external web services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director external web services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet simple URL (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in simple URL (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps Server (external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External Autodiscover (lyncdiscover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation server or pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External web services reached from inside (Mobility, UCWA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoDNS name for paired pools (Meet, Dial-in, Autodiscover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 federation SRV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 sign-in SRV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 Autodiscover (lyncdiscover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 sip CNAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Front End pool FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End server FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Edition server FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End internal web services FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End external web services FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director pool FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director server FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director internal web services FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director external web services FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge internal FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge server FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Edge FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Conferencing Edge FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V Edge FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat pool FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat server FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps internal FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps external FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet simple URL host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in simple URL host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin simple URL host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal sip.&lt;SIP domain&gt; host record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external sip.&lt;SIP domain&gt; Access Edge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sipinternal.&lt;SIP domain&gt; host record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sipexternal.&lt;SIP domain&gt; host record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyncdiscover.&lt;SIP domain&gt; Autodiscover record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyncdiscoverinternal.&lt;SIP domain&gt; Autodiscover record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in SRV target inside the SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ucupdates-r2.&lt;SIP domain&gt; device update host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation pool FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation server FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps server FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivable Branch Appliance FQDN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleInfo</name>
    <message>
        <source>Address fields hold valid IPv4 or IPv6 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value the topology needs is filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology has a supported structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each SIP domain is listed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each server has an FQDN of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One FQDN is claimed by one role only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers of a DNS load-balanced pool have addresses of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge&apos;s internal and external sides use the same IP versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access, Web Conferencing and A/V Edge share one public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host names use letters, digits and hyphens and are fully qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SRV record targets a host inside its SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SRV target has A/AAAA records, not a CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS load-balanced pool has at least two servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS load-balanced pool has its own internal web FQDN on a load-balanced VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS load-balanced Edge pool has two servers or more; a hardware one has no NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS load balancing needs round robin on the DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 addresses of one pool share one scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover is published externally through a reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pool&apos;s external web FQDN differs from its internal web FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notifications have a reverse proxy and an Edge to work through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lyncdiscover CNAME stays inside its SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyncdiscoverinternal does not resolve externally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal web services FQDNs resolve only inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Admin simple URL is internal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sipinternal does not resolve externally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool, server and other internal-only names stay out of public DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External records carry public addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge internal FQDN resolves only inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is one Meet URL per SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple URLs are https, without a port, unique, no prefix of another, no pool FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skype for Business: a simple URL host is not a SIP domain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With IPv6 on, every host has an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without split-brain DNS, internal names in SIP domains need pin-point zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See docs/reference/rules.md for this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name generated under a SIP domain fits DNS limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No XMPP or Persistent Chat with Skype for Business Server 2019 or Subscription Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site, branch site and reverse proxy names are unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reference names an object the plan holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Edge pool is the federation route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoDNS answers with paired pools that have internal and external web FQDNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV records of one name have distinct priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web services FQDNs are unique across all Front End and Director pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name that is a CNAME holds no other records and is no zone apex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site-scoped simple URLs are complete and do not meet a cross-site failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name clients reach is one the certificate wizard adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid has an Edge pool for the federation SRVs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hybrid the Edge servers resolve the federation SRV of every SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hybrid internal clients resolve the Web Conferencing Edge name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runbook</name>
    <message>
        <source>Federated partners that use Direct Federation (an allowed-domain entry with a fixed ProxyFqdn, &quot;Allowed Partner Server&quot;) must remove that ProxyFqdn, and purely on-premises partners need an enabled hosting provider for %1, or federation with them stops at this step: tell your partners before the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: %1 still on premises. Run this step once the last SIP domain has moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the TTLs ahead of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 seconds (the TTL the records have now) before the DNS change, set the TTL of every record that changes or goes to %2 seconds, so that resolvers see the change, and a rollback, within minutes. The change script does it with -Step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the users to Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Skype for Business Server Management Shell: list the users still homed on premises and move every one who stays in use to Microsoft 365 (Target: the hosting provider&apos;s ProxyFqdn); disable the accounts nobody needs. Export the hybrid application endpoints, to replace them with resource accounts in the same window as the DNS change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users move only through a hybrid configuration: set the plan up for hybrid first (lyncdns migrate PLAN --to hybrid) and run that runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid application endpoints are not discoverable between the DNS change and their move to resource accounts: do both in one maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the DNS records at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1: the federation and sign-in SRVs, lyncdiscover and sip now point at %2, TTL %3, on the external DNS servers and, where a domain has split-brain DNS, on the internal ones too (their zone would hide the public records). A name that changes type (sip from A to CNAME) loses its old records first. The change script does it with -Step %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the tenant to Teams Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Teams PowerShell (or Teams admin center, Org-wide settings, Teams upgrade). Microsoft checks lyncdiscover of every SIP domain here and refuses while one points on premises; the error names the records at fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the shared SIP address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Teams PowerShell: the tenant stops sharing its SIP domains with the on-premises deployment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the hosting provider on premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Skype for Business Server Management Shell: the deployment stops communicating with Microsoft 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises records of %1 that nothing replaces (internal sign-in SRVs, lyncdiscoverinternal, sipinternal, sipexternal, simple URLs, the Edge&apos;s names under the domain): nothing uses them once the tenant is Teams Only. Server and pool records stay until the servers are decommissioned. The change script does it with -Step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the federation SRV of every SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every external record keeps pointing on premises; _sipfederationtls._tcp of every SIP domain points at the Access Edge. The change script does it with -Step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge servers must resolve _sipfederationtls._tcp of every SIP domain to their own Access Edge (strict name matching): if they ask internal DNS servers with a zone for the domain, that zone needs the SRV too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal clients must resolve each Web Conferencing Edge FQDN to its external address, to present in meetings with online users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyncdiscover of every SIP domain must point on premises in public DNS before the domain is verified in Microsoft 365, or the tenant stays Teams Only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federate the Edge with Microsoft 365 and share the SIP address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Skype for Business Server Management Shell: federation through DNS SRV routing, and a hosting provider for %1 with shared address space (remove an existing hosting provider with that ProxyFqdn first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft&apos;s page shows these commands with the commercial endpoints; here they carry those of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the SIP address space in the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Teams PowerShell. It stays $true until the last user has moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the records of the target phase in place. Moving users back and the tenant and on-premises settings of that phase are outside this runbook. The change script does it with -Step 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopedView</name>
    <message>
        <source>New %1 in site %2</source>
        <extracomment>Heading of an editor page: %1 a role (&quot;Edge pool&quot;), %2 the site name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 in site %4</source>
        <extracomment>Heading of an editor page: %1 a role (&quot;Edge pool&quot;), %2 its number in the site, %3 how many the site has, %4 the site name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>a host name is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv4 address is needed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address (expected a.b.c.d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domain %1 is listed twice (also sipDomains[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End pool</source>
        <extracomment>%1 in &quot;the %1 needs at least one server&quot;, &quot;a DNS load-balanced %1 …&quot; and &quot;a %1 with %2 servers …&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 needs at least one server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Standard Edition server is never load balanced; use &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Edition has exactly one server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the internal web services FQDN of a Standard Edition server is its own FQDN and cannot be overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware load balancing needs the load balancer VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DNS load-balanced %1 needs at least two servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with DNS load balancing the pool and its internal web services cannot share the FQDN %1: override the internal web services FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web traffic cannot use DNS load balancing: give the hardware load balancer VIP for internal web services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 with %2 servers needs DNS or hardware load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the external web services FQDN must differ from the internal one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Edge needs at least one server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single Edge has one server; choose scaled-dns or scaled-hardware for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DNS load-balanced Edge pool needs at least two servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Edge pool behind hardware load balancers needs publicly routable addresses without NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hardware load-balanced Edge needs the internal, access, web conferencing and A/V VIPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIPs are used only with the scaled-hardware layout; they are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Access, Web Conferencing and A/V Edge FQDNs must be three different names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reverse proxy publishes the Front End external web services: name them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish the Director&apos;s external web services too (authentication goes there first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a reverse proxy lyncdiscover.&lt;SIP domain&gt; cannot be published: mobile and external clients will not find Autodiscover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push notifications are a mobility feature: mobility needs a reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push notifications need _sipfederationtls._tcp, which points at an Access Edge: plan an Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skype for Business Server 2019 has no MCX mobility service; push applies only to older mobile clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discoverable federation publishes the Access Edge: plan an Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>federation is not enabled, yet it is marked discoverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyncdiscover.%1 as a CNAME to %2 (another domain) fails over HTTPS; publish port 80 (to 8080) on the reverse proxy or use an A record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is one Meet URL per SIP domain: %1 SIP domains, %2 Meet URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple URLs use https:// only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple URLs cannot carry a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid simple URL host: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used twice; simple URLs must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2: one simple URL cannot be a prefix of another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a simple URL cannot use a pool FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simple URL host must not equal the SIP domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skype for Business Server 2019 has no XMPP gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XMPP proxy runs on the Access Edge: plan an Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_xmpp-server._tcp.%1 would point at %2, outside its SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skype for Business Server 2019 has no Persistent Chat role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Admin URL %1 is internal only, but %2 publishes the same name externally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the %2 and must resolve only inside; choose another external name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Autodiscover CNAME and cannot also hold other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 is on but %1 has no IPv6 address: no AAAA record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the internal web VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reverse proxy</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Edge internal VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Access Edge VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Web Conferencing Edge VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the A/V Edge VIP</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Edge internal interface</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Access Edge</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Web Conferencing Edge</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the A/V Edge</source>
        <extracomment>%1 in &quot;IPv6 is on but %1 has no IPv6 address: no AAAA record&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no split-brain DNS: internal names in the SIP domains go into pin-point zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS load balancing works only with round robin enabled on the DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one SIP domain is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both the %2 (%3) and the %4 (%5): a name holds one role only; give one of them another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the address at %2: DNS load balancing needs one address per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 address but %3 is %4: the servers of a pool should use IPv6 addresses of one scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Edge&apos;s internal side is dual-stack but its external side is IPv4 only: give the external side IPv6 addresses too, or no IPv6 address on the internal side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the address of the %2: one public address for several Edge services works only with a distinct port for each service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a public address (%2) and cannot be published in external DNS; with NAT, enter the public address the NAT maps to</source>
        <extracomment>%2 names the range, e.g. &quot;RFC 1918 private&quot; or &quot;multicast&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;SIP domain&gt; would be %2 characters long, over the 253 a DNS name can hold (63 per label): use a shorter SIP domain</source>
        <extracomment>%1 is the start of a generated name, such as &quot;_sipfederationtls._tcp.&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the apex of a zone (with its SOA and NS records), yet the plan also makes it a CNAME to %2: a CNAME cannot sit at a zone apex; remove or rename the SIP domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SRV record %1 would point at %2, which the plan makes a CNAME: an SRV target needs A/AAAA records of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name %1 is already used at %2: references to it would be ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one central site is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every site needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every reverse proxy needs a name: pools name the proxy that publishes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the estate needs at least one Front End pool (or Standard Edition server): it homes the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the FQDN of a Director or Front End pool of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reverse proxy of the plan is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the internal FQDN of an Edge pool of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the FQDN of a Front End pool of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Director pool: a Front End pool is paired with another Front End pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pool cannot be its own backup pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a branch site belongs to a central site: name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no central site of the plan is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SIP domain of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site %1 has no reverse proxy: name the reverse proxy of another site that publishes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Edge pools are federation routes (%2): federation does not fail over by SRV priority, and several active federation Edge pools work only when every federated partner runs Lync Server or Skype for Business Server; mark one pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the remote access priority %2 of %3: clients would pick either Edge pool by the order of the DNS answer; give each Edge pool its own priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the XMPP priority %2 of %3: give each XMPP Edge pool its own priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoDNS needs the paired pools it answers with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoDNS with the one pool %1 has no pool to fail over to: list the pool it is paired with too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no internal web services FQDN: the internal GeoDNS names answer with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has no external web services FQDN: the external GeoDNS names answer with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no split-brain DNS, so its internal names live in pin-point zones; with GeoDNS they would be CNAMEs at those zones&apos; apex, where a CNAME cannot sit: use split-brain DNS for %1, or no GeoDNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (site %2) is paired with %3 (site %4), and site %5 has site-scoped simple URLs: after a failover to the other site users cannot join meetings scheduled with their site&apos;s Meet URL; use global simple URLs, or pair pools of one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the external web services FQDN at %2: every pool needs external web services of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the internal web services FQDN at %2: every pool needs internal web services of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SRV priority: use 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat pool</source>
        <extracomment>%1 in &quot;the %1 needs at least one server&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation pool</source>
        <extracomment>%1 in &quot;the %1 needs at least one server&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site %1 has site-scoped simple URLs, so its Dial-in URL is site-scoped too: give the site its own Dial-in URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skype for Business Server 2019 has no XMPP gateway: no Edge pool hosts XMPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid needs an Edge pool: _sipfederationtls._tcp of every SIP domain (%1) must point at an Access Edge, and the plan has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Edge servers must resolve _sipfederationtls._tcp of %1 to their Access Edge; an internal zone for the domain hides the public SRV from an Edge that asks internal DNS servers: add the SRV to that zone too, or point the Edge at external DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal clients must resolve %1 to the Web Conferencing Edge&apos;s external address (%2) to share content with online users, and the internal zone %3 has no such record: add it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 certificate of %2 needs %3 added to its request by hand: the certificate wizard does not add such names</source>
        <extracomment>%1 the certificate (&quot;Edge, external&quot;), %2 the pool&apos;s FQDN, %3 one or more host names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Where</name>
    <message>
        <source>internal IPv6 VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access IPv6 VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web conferencing IPv6 VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web conferencing VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V IPv6 VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web conferencing IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web conferencing IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private access IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private web conferencing IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private A/V IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web conferencing FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paired backup pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote access priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web services pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split-brain DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load balancer VIPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoDNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy client discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps farms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivable Branch Appliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domains moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>kind and number</comment>
        <extracomment>An object of the plan and its name, e.g. &quot;Front End pool&quot; &quot;pool01.contoso.net&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>kind and name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Edition server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge server %1 (%2)</source>
        <extracomment>One server of an Edge pool; %1 is its number, %2 its FQDN.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivable Branch Appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>One server of a pool; %1 is the kind (&quot;server&quot;), %2 its number, %3 its FQDN.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <extracomment>One entry of a list in the plan; %1 is the list (&quot;backup pools&quot;), %2 its number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pin-point zone %2</source>
        <extracomment>%1 is &quot;internal DNS&quot; or &quot;external DNS&quot;, %2 a zone name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, zone %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::CertificatesView</name>
    <message>
        <source>%1, server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool or server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates the plan implies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject, names, usage and notes of the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the subject alternative names of the selected certificate, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Request File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the certreq.exe request file (INF) of the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every certificate as CSV rows: role, site, pool, subject, names, usage, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has names the certificate wizard does not add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan implies no certificate yet: add a pool, an Edge or a reverse proxy.</source>
        <extracomment>Certificates tab summary; %n is the number of certificate requests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate request(s): one per server role that needs one, with every name a planned record makes clients reach.</source>
        <translation>
            <numerusform>%n certificate request: one per server role that needs one, with every name a planned record makes clients reach.</numerusform>
            <numerusform>%n certificate requests: one per server role that needs one, with every name a planned record makes clients reach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: CN=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(add by hand: the wizard does not add it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: a public certification authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: the internal certification authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key: exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key: not exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::CheckResultModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not resolve on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <extracomment>Where a record lives (internal or external DNS); also the %1 in &quot;%1 server …&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(must not resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Tooltip of the Required column; %1 is &quot;Required&quot; or &quot;Optional&quot;, %2 the requirement.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, optional: a notice, not a problem</source>
        <extracomment>What a screen reader says for a missing optional record; %1 is the status (&quot;Missing&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>detail and note</comment>
        <extracomment>A result&apos;s detail, then the documented alternative the check accepted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the plan needs the record; a missing optional record is a notice, not a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the server returned at the name, records of other types included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change in DNS to make the record as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::CheckWindow</name>
    <message>
        <source>Check DNS — %1</source>
        <extracomment>Window title; %1 is the plan&apos;s file name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asks your DNS servers for every record of &lt;b&gt;%1&lt;/b&gt; and compares the answers with the plan: %2 internal and %n external check(s). Leave a server empty to skip its records.</source>
        <extracomment>%1 is the plan&apos;s title or file name, %2 the number of internal checks, %n of external ones.</extracomment>
        <translation>
            <numerusform>Asks your DNS servers for every record of &lt;b&gt;%1&lt;/b&gt; and compares the answers with the plan: %2 internal and %n external check. Leave a server empty to skip its records.</numerusform>
            <numerusform>Asks your DNS servers for every record of &lt;b&gt;%1&lt;/b&gt; and compares the answers with the plan: %2 internal and %n external checks. Leave a server empty to skip its records.</numerusform>
        </translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal DNS server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address, or empty to skip the external records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of the timeout spin box: seconds, with a leading space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per query in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the servers for every record now (Enter in a server field, or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check; results so far are kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m checked</source>
        <extracomment>Progress bar text: %v is the number of records checked so far, %m the total.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the records the servers answered as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ults:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-c&amp;heck Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reachability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the servers of the last run again for the selected rows (F5 in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exp&amp;ort…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every result, not only the visible ones, as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one DNS server to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records are as planned. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server: not given, its records are skipped.</source>
        <extracomment>%1 is &quot;Internal&quot; or &quot;External&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server %2: reachable (%3).</source>
        <extracomment>%1 is &quot;Internal&quot; or &quot;External&quot;, %2 the server&apos;s address, %3 how it answered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server: %2.</source>
        <extracomment>%1 is &quot;Internal&quot; or &quot;External&quot;, %2 why the server could not be reached.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server %2: waiting for an answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server %2: not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a result to see what was expected and what the server answered.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Run the check to see the results here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not resolve on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAME chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: the server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Check Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be saved to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>server field problem</comment>
        <extracomment>%1 is &quot;Internal DNS server&quot; or &quot;External DNS server&quot;, %2 what is wrong with its address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status count</comment>
        <extracomment>Summary of the check: %1 is a result status (e.g. &quot;Missing&quot;), %2 how many rows have it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for each answer before calling a server unreachable. One value for the whole program, fixed when it starts; the command line takes it from check --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the plan first: a plan with errors is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal DNS servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses, one per site, separated by commas; empty skips the internal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems and notices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, type, value, detail or fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Fix Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Windows DNS Server PowerShell script that adds the missing records and corrects the wrong ones (run it with -WhatIf first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chan&amp;ge List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the same changes as a CSV list (action, location, zone, name, type, old, new) for DNS teams that do not run PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or export the DNS check evidence: these results, each problem with its fix, and the planned records (Ctrl+Shift+P previews it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one external server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices (optional, missing): %1</source>
        <extracomment>Summary of the check: %1 is how many optional records are missing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the records the plan needs are as planned. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make: see the Fix column, or save them as a script or a list. %1</source>
        <extracomment>%n is how many DNS changes the fix script and the change list hold.</extracomment>
        <translation>
            <numerusform>%n change to make: see the Fix column, or save it as a script or a list. %1</numerusform>
            <numerusform>%n changes to make: see the Fix column, or save them as a script or a list. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(an optional record: a notice, not a problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: the plan needs this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: an optional record; missing, it is a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Fix Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Change List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be saved to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix script with %n change(s) saved to %1.</source>
        <extracomment>%n is how many DNS changes the file holds, %1 the file.</extracomment>
        <translation>
            <numerusform>Fix script with %n change saved to %1.</numerusform>
            <numerusform>Fix script with %n changes saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change list with %n change(s) saved to %1.</source>
        <translation>
            <numerusform>Change list with %n change saved to %1.</numerusform>
            <numerusform>Change list with %n changes saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check certificates (TL&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the DNS check, connect to every planned TLS endpoint (pools on 5061, web services, Office Web Apps, Access Edge and reverse proxy on 443) and compare the certificate it presents with the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: PEM or DER file of your internal CA; the system&apos;s CAs are always trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file of the CA that issued your internal certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA file %1: %2. Choose a readable PEM or DER certificate file, or clear the field to trust the system&apos;s CAs only.</source>
        <extracomment>%1 is the file name, %2 why it cannot be used (in English, from the check).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m endpoints checked</source>
        <extracomment>Progress bar text: %v is the number of TLS endpoints checked so far, %m the total.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (TLS): checked after the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (TLS): no endpoint to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking certificates (TLS)… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (TLS): every endpoint presents the planned names. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Certificates (TLS): %n endpoint(s) with a problem. %1</source>
        <extracomment>%n is how many TLS endpoints are not OK, %1 the counts per status.</extracomment>
        <translation>
            <numerusform>Certificates (TLS): %n endpoint with a problem. %1</numerusform>
            <numerusform>Certificates (TLS): %n endpoints with a problem. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the cutover to Teams &amp;Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ask the external server, for every SIP domain moving to Teams, whether its four Microsoft 365 records are in place, which on-premises names are left and whether a wildcard answers under it: ready for the switch to Teams Only or not. Needs the external DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover to Teams Only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::CutoverPanel</name>
    <message>
        <source>Cutover check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m asked</source>
        <extracomment>Progress bar text: %v is the number of questions answered so far, %m the total.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutover readiness per SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public DNS reflects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking public DNS whether every SIP domain is ready for the switch to Teams Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocking, %2 left over</source>
        <extracomment>%1 records blocking the switch, %2 names left over to remove afterwards.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left over</source>
        <extracomment>A name the runbook removes after the switch that still resolves; %1 name, %2 type, %3 what it resolves to, %4 why it is listed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcard</source>
        <extracomment>%1 the wildcard name, %2 what it answers, %3 the random name asked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers %2 (asked %3): delete it, it blocks the switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (%1 does not resolve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1 was not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIP domain moves to Teams in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 SIP domains ready for the switch to Teams Only (runbook step: Grant-CsTeamsUpgradePolicy). Blocking records and a wildcard stop the switch; left-over names are removed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::DevicesPage</name>
    <message>
        <source>Legacy discovery and phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV and host records for clients older than Lync 2013 and for desk phones, the NTP SRV record phones take their time from, and the device update name phones use before their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SRV records: _sipinternaltls._tcp (internal) and, with an Edge, _sip._tls (external) per SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP over &amp;TCP: _sipinternal._tcp per SIP domain (only where TCP sign-in is allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host-name fallbacks: sip and sipinternal (internal) and, with an Edge, sipexternal (external) per SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dc01.contoso.com; empty = no NTP SRV record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTP server FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes _ntp._udp per SIP domain. Without it, phones try time.windows.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NT&amp;P server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device updates: ucupdates-r2 per SIP domain, for phones that have never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::DirectorPage</name>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional Director (or Director pool) in front of the Front End. When you plan one, clients sign in and simple URLs resolve through it; the reverse proxy also publishes its external web services. A single Director needs no load balancer; a Director pool uses DNS or hardware load balancing like a Front End pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Director pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::DnsPage</name>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether your internal DNS holds its own copy of each SIP domain (split-brain DNS). Without it, internal names in a SIP domain need pin-point zones, which this tool creates for you. The TTL goes into every record; IPv6 adds AAAA records wherever you give an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split-brain DNS: internal DNS hosts its own copy of each SIP domain zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-brain DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to live of every record, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Suffix of the TTL spin box: seconds, with a leading space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IPv6: add an AAAA record next to each A record that has an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 (AAAA records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal records for names in a SIP domain go into the internal copy of that zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal names inside a SIP domain get pin-point zones (a zone for exactly that name), so the rest of the domain still resolves from public DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 seconds: resolvers will not cache these records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the default)</source>
        <extracomment>%1 is the TTL in words, e.g. &quot;1 hour&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per SIP &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-brain DNS per SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a SIP domain whose zone your internal DNS does not hold: its internal names get pin-point zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (differs from the setting above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: internal DNS holds a copy of that domain&apos;s zone. A domain that differs from the setting above is saved as an exception.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::EdgePage</name>
    <message>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Edge Server lets remote users sign in, federate and join meetings. External DNS must hold the public addresses of its Access, Web Conferencing and A/V services (behind NAT: the public side of the NAT); its internal FQDN stays in internal DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Edge Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single Edge Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled Edge pool, DNS load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled Edge pool, hardware load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge &amp;topology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal interfaces are behind NAT (enter the public addresses the NAT maps to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External interfaces behind NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge internal FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lsedge.contoso.net (internal DNS only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccess Edge FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Edge FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web Conferencing FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Conferencing Edge FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/&amp;V Edge FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V Edge FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave an external FQDN empty to use the default shown in grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge &amp;servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware load balancer VIPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interna&amp;l VIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ess VIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Con&amp;ferencing VIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Conferencing VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V VI&amp;P:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IPv4</source>
        <extracomment>Accessible name of a VIP field; %1 is e.g. &quot;Access VIP&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IPv6</source>
        <extracomment>Accessible name of a VIP field; %1 is e.g. &quot;Access VIP&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1&lt;primary SIP domain&gt;</source>
        <extracomment>Placeholder of an external Edge FQDN before a SIP domain is known; %1 is a prefix like &quot;sip.&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::EdgeServersTable</name>
    <message>
        <source>Server FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Conferencing IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Conferencing IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/V IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Access IPv4 (NAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Web Conferencing IPv4 (NAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private A/V IPv4 (NAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Edge server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected Edge servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste r&amp;ows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Edge servers from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show IPv&amp;6 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show private (NAT) colu&amp;mns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per Edge server. Paste tab-separated lines with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::FederationPage</name>
    <message>
        <source>Federation and XMPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federated partners find your Access Edge through &lt;i&gt;_sipfederationtls._tcp&lt;/i&gt;; XMPP partners through &lt;i&gt;_xmpp-server._tcp&lt;/i&gt;. Publish them only when you want to be discoverable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Federate with other organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let partners &amp;discover this organization (publish _sipfederationtls._tcp per SIP domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notifications are on (Mobility page), so _sipfederationtls._tcp is published in any case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation and XMPP run through the Access Edge, and this plan has no Edge: plan one on the Edge page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;XMPP federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. xmpp.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP proxy FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP proxy F&amp;QDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP federation is not in %1.</source>
        <extracomment>%1 is the product, e.g. &quot;Skype for Business Server 2019&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::FindingsList</name>
    <message>
        <source>Validator findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (about the whole plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A finding in the list: %1 the object in words (&quot;Front End pool pool01.contoso.net, server 2 (fe02.contoso.net), IPv4 address&quot;), %2 the message, %3 the rule id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: activate to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::FrontEndPage</name>
    <message>
        <source>Front End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Front End pool (or Standard Edition server) clients sign in to. With DNS load balancing the pool name gets one address per server, and web traffic still needs a hardware load balancer VIP on a separate internal web services name. Paste servers as &lt;i&gt;FQDN&amp;lt;Tab&amp;gt;IPv4&lt;/i&gt; lines, e.g. copied from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise Edition (a pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Edition (one server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::ImportSummary</name>
    <message numerus="yes">
        <source>%n central site(s)</source>
        <extracomment>Import summary; the three parts are joined into one sentence.</extracomment>
        <translation>
            <numerusform>%n central site</numerusform>
            <numerusform>%n central sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Front End or Director pool(s)</source>
        <translation>
            <numerusform>%n Front End or Director pool</numerusform>
            <numerusform>%n Front End or Director pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Edge pool(s)</source>
        <translation>
            <numerusform>%n Edge pool</numerusform>
            <numerusform>%n Edge pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology held every value the plan needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A topology does not hold these %n value(s): fill them in. Activate one to go to its field; the list stays open while you work.</source>
        <translation>
            <numerusform>A topology does not hold this value: fill it in. Activate it to go to its field; the list stays open while you work.</numerusform>
            <numerusform>A topology does not hold these %n values: fill them in. Activate one to go to its field; the list stays open while you work.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values the topology does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read but not planned:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::MainWindow</name>
    <message>
        <source>Recover Unsaved Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findin&amp;gs: %1</source>
        <extracomment>%1 is the findings summary, e.g. &quot;2 errors, 1 warning&quot; or &quot;No problems&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding is about the plan as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every planned record as comma-separated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every planned record as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BIND Zone Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one zone file per zone and location into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PowerShell Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Windows DNS Server script that creates the planned zones and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;External Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check DNS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the DNS servers for the plan&apos;s records and compare the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lync DNS Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lync DNS Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lync DNS Planner&lt;/b&gt; %1&lt;p&gt;Plans, exports and checks the DNS records of Lync Server 2013 and Skype for Business Server 2015/2019.&lt;/p&gt;</source>
        <extracomment>%1 is the version number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 internal, %n external record(s) · %2</source>
        <extracomment>Status bar: %1 is the number of internal records, %n of external ones, %2 the findings summary (e.g. &quot;2 errors, 1 warning&quot;).</extracomment>
        <translation>
            <numerusform>%1 internal, %n external record · %2</numerusform>
            <numerusform>%1 internal, %n external records · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the new plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not save, your changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lync DNS plans (*.lyncplan *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example %1 could not be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the example %1 as a new plan: Save asks where to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lync DNS plans (*.lyncplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan.lyncplan</source>
        <extracomment>Default file name offered for a new plan without a title; keep the .lyncplan suffix.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved plan could not be recovered:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved plan: save it to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Records as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Records as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PowerShell Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be saved to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export BIND Zone Files To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone files could not be written to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lync DNS Planner could not be started again. Start it from the application menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files written to %1 as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lync DNS Planner did not close normally while these plans had unsaved changes. Recover one to go on working on it, or keep them for the next start. A discarded plan is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved plan %1 could not be recovered: another window recovered or discarded it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Topology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Get-CsTopology -AsXml file, a Topology Builder file or an Export-CsConfiguration zip into a new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migration to Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lync and Skype for Business topologies (*.xml *.tbxml *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topology could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as a new plan: Save asks where to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step edits %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::MigrationView</name>
    <message>
        <source>Save DNS Change Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On premises (the way back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unchanged records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS changes of the move, now and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook of the move with its commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Change &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every row as CSV: action, location, name, type, old, new, TTL, step, reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Run&amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Change Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the DNS changes as a Windows DNS Server script, with its rollback script beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n DNS change(s).</source>
        <extracomment>Migration tab summary; %1 the phase now, %2 the target phase (&quot;onprem&quot;, &quot;teams-only&quot;).</extracomment>
        <translation>
            <numerusform>From %1 to %2: %n DNS change.</numerusform>
            <numerusform>From %1 to %2: %n DNS changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving to Teams: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staying on premises: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Change Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scripts could not be saved:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::MobilityPage</name>
    <message>
        <source>Autodiscover and mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lync 2013 clients and mobile apps find their pool through &lt;i&gt;lyncdiscoverinternal&lt;/i&gt; (internal) and &lt;i&gt;lyncdiscover&lt;/i&gt; (external). Push notifications for older mobile clients also need the federation SRV record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autodiscover records (lyncdiscover and lyncdiscoverinternal per SIP domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAME to the external web services FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to the reverse proxy&apos;s public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push notifications for Lync mobile clients (adds _sipfederationtls._tcp per SIP domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without split-brain DNS, lyncdiscoverinternal is always an A record: it lives in a pin-point zone, whose apex cannot hold a CNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyncdiscover points at the reverse proxy; lyncdiscoverinternal at the sign-in pool&apos;s web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyncdiscover is an alias of the sign-in pool&apos;s external web services FQDN; lyncdiscoverinternal of its internal one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::OfficeWebAppsPage</name>
    <message>
        <source>Office Web Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps Server shows PowerPoint decks in meetings: an internal name for internal users and, through the reverse proxy, an external name for everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deployment has an &amp;Office Web Apps Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. owas.contoso.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal IPv&amp;4 address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal IPv&amp;6 address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal IPv6 address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;External FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External FQDN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. officewebapps01.contoso.com; empty = internal only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external name is published at the reverse proxy, and this plan has no reverse proxy: no external record is made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farm member servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a farm behind a load balancer: the servers behind the internal address above. A single server needs no list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farm &amp;members (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::PlanEditor</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>The welcome page&apos;s entry in the step list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>has problems: %n error(s)</source>
        <extracomment>A step&apos;s state in the step list: %1 &quot;2 errors&quot;, %2 &quot;1 warning&quot;.</extracomment>
        <translation>
            <numerusform>has problems: %n error</numerusform>
            <numerusform>has problems: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has problems: %n warning(s)</source>
        <translation>
            <numerusform>has problems: %n warning</numerusform>
            <numerusform>has problems: %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>not applicable to this plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::PlanPage</name>
    <message>
        <source>Problems on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed before Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator warnings and notes for this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, %3</source>
        <extracomment>A cell of a server list: %1 is the list (e.g. &quot;Edge servers&quot;), %2 the row number, %3 the column (e.g. &quot;Access IPv4&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <extracomment>A row of a server list: %1 is the list (e.g. &quot;Edge servers&quot;), %2 the row number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A finding in a field&apos;s tooltip: %1 is the message, %2 the rule id.
----------
A problem below the fields: %1 the field(s) it is about, %2 the validator&apos;s message, %3 its rule id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed:</source>
        <extracomment>Heading of the empty required fields that keep Next disabled on a new plan.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::PoolEditor</name>
    <message>
        <source>%1 FQDN</source>
        <extracomment>%1 is the pool&apos;s name, &quot;Front End pool&quot; or &quot;Director pool&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancing of the %1</source>
        <extracomment>%1 is the pool&apos;s name, &quot;Front End pool&quot; or &quot;Director pool&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load balancing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware load balancer &amp;VIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware load balancer VIP (IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware load balancer VIP IPv&amp;6:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware load balancer VIP (IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers of the %1</source>
        <extracomment>%1 is the pool&apos;s name, &quot;Front End pool&quot; or &quot;Director pool&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal web services FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal web services FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;web services VIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal web services VIP (IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;ternal web services VIP IPv6:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal web services VIP (IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal web services FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External web services FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the reverse proxy publishes for this pool&apos;s web services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Standard Edition server is never load balanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single server needs no load balancing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &amp;FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Standard Edition server&apos;s internal web services FQDN is its own FQDN and cannot be overridden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a single server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool FQDN</source>
        <extracomment>Placeholder of the internal web services FQDN: it defaults to the pool FQDN.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by reverse pr&amp;oxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxy that publishes this pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge pool for &amp;media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge pool of this pool&apos;s media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with (bac&amp;kup pool):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup pool this pool is paired with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool pairing for disaster recovery: the Front End pool that takes over this pool&apos;s users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in site %2</source>
        <extracomment>A reference a pool can choose: %1 a reverse proxy or pool, %2 the site it belongs to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s reverse proxy (%1)</source>
        <extracomment>The default of a pool&apos;s reverse proxy; %1 is the proxy&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the site has no reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the plan has no Edge pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s first Edge pool (%1)</source>
        <extracomment>The default of a pool&apos;s Edge pool; %1 is the Edge pool&apos;s internal FQDN.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s first Edge pool (%1)</source>
        <extracomment>The default of a pool&apos;s Edge pool when its site has none; %1 is the Edge pool&apos;s internal FQDN.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxy, Edge pool and pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::ProductPage</name>
    <message>
        <source>Product and SIP domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which server version you deploy and which SIP domains your users sign in with. Every client discovery record (&lt;i&gt;lyncdiscover&lt;/i&gt;, SRV records, &lt;i&gt;sip.&lt;/i&gt; names) is created once per SIP domain; the first one is the primary domain that default names are built from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, shown in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domains, one per line, the primary first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.com
fabrikam.com</source>
        <extracomment>Example SIP domains, one per line.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIP domains
(one per line,
the primary first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Persistent Chat role and no XMPP gateway: their pages and records are left out.</source>
        <extracomment>%1 is the product, e.g. &quot;Skype for Business Server Subscription Edition&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::RecordPreview</name>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, type, data or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected records as a text table (and as CSV for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Records as C&amp;SV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected records as comma-separated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal (%1 of %2)</source>
        <extracomment>Tab title while a filter is active: %1 records shown of %2.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal (%1 of %2)</source>
        <extracomment>Tab title while a filter is active: %1 records shown of %2.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records of one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records of one type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SIP domain (no site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record shown in italics with a warning sign is built from a field with an error: fix the field before loading it into DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records shown in italics with a warning sign are built from fields with errors: fix the fields before loading them into DNS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::RecordTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central site of the pool a record belongs to; empty for the records every SIP domain has (sign-in, simple URLs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL %1, %2</source>
        <extracomment>Second line of a previewed record&apos;s tooltip: %1 the TTL in seconds, %2 &quot;required&quot; or &quot;optional&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from an invalid field: %1
%2
%3</source>
        <extracomment>Tooltip of a previewed record built from a field with a validation error; %1 says where the field is (&quot;Front End pool pool01.contoso.net, server 2 (fe02.contoso.net), IPv4 address&quot;), %2 is why the record exists, %3 its TTL and whether it is required.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::ReferenceCombo</name>
    <message>
        <source>%1 (not in the plan)</source>
        <extracomment>A pool&apos;s reference (reverse proxy, Edge pool, backup pool) that names nothing in the plan.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::ReportActions</name>
    <message>
        <source>DNS report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the hand-over report page by page, and print it from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the hand-over report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hand-over report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hand-over report as an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <extracomment>Window title; %1 is the plan&apos;s title or file name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Has Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported anyway, every file and report page is stamped as a DRAFT. Fix the errors first to export the plan for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::ReverseProxyPage</name>
    <message>
        <source>Reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reverse proxy publishes web services, meetings, dial-in, Office Web Apps and Autodiscover to the Internet. Without it, mobile clients and external meeting participants cannot reach those names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish through a reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish through a reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxy public IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 131.107.155.40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv&amp;4 address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxy public IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IPv&amp;6 address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External DNS will point these names at the proxy: %1</source>
        <extracomment>%1 is a comma-separated list of host names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::ReviewPage</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <extracomment>The %1 in &quot;pool %1 with %2, %3&quot;, &quot;Edge pool of %1 …&quot; and &quot;pool %1 with %2&quot;.</extracomment>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>(no FQDN yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Edition server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1 with %2, %3</source>
        <extracomment>%1 is the pool FQDN, %2 the number of servers (&quot;3 servers&quot;), %3 the load balancing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single Edge server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge pool of %1 with DNS load balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge pool of %1 behind hardware load balancers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2; access %3, web conferencing %4, A/V %5</source>
        <extracomment>%1 is the Edge layout (e.g. &quot;single Edge server&quot;), %2 its internal FQDN, %3-%5 its external FQDNs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; behind NAT</source>
        <extracomment>Appended to the Edge summary (&quot;… A/V av.contoso.com; behind NAT&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this plan asks for. Check the findings, then save the plan, export the records or print the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the plan is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors first. Press Enter on a finding to go to its field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings (errors first; double-click or press Enter to go to the field):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File ▸ Save to keep the plan, File ▸ Export for the records, and File ▸ Print Preview for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1 internal, %2 external.</source>
        <extracomment>%1 is the number of internal records, %2 of external ones.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A label in the topology summary, e.g. &quot;Product:&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <extracomment>%1 split-brain or not, %2 the TTL in seconds, %3 &quot;IPv4 and IPv6&quot; or &quot;IPv4 only&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, TTL %2 s, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split-brain (internal copies of the SIP domain zones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no split-brain (pin-point zones inside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no external access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meet %1; dial-in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; admin %1 (internal only)</source>
        <extracomment>Appended to &quot;meet %1; dial-in %2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodiscover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyncdiscover as CNAME records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lyncdiscover as A records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, discoverable by partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, not discoverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Web Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (internal only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, published as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRV records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP over TCP SRV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host-name fallbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTP server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device updates (ucupdates-r2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is ready: no errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan is ready: no errors (%n warning(s) to read).</source>
        <translation>
            <numerusform>The plan is ready: no errors (%n warning to read).</numerusform>
            <numerusform>The plan is ready: no errors (%n warnings to read).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan is not ready: %n error(s) to fix first.</source>
        <translation>
            <numerusform>The plan is not ready: %n error to fix first.</numerusform>
            <numerusform>The plan is not ready: %n errors to fix first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a role with its count (&quot;2 Front End pools&quot;), %2 their names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <extracomment>A row of the topology summary: %1 is a site name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch sites</source>
        <extracomment>%n is the number of branch sites.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n branch site(s)</source>
        <translation>
            <numerusform>%n branch site</numerusform>
            <numerusform>%n branch sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyncdns::RoutesPage</name>
    <message>
        <source>Sign-in and routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which pool clients sign in to and which pools back it up, how remote users reach your Edge pools and which of them carry federation and XMPP, and whether GeoDNS spreads the web names over paired pools. A setting left at its default follows the pools of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients find it through _sipinternaltls._tcp (priority 0): a Director or Front End pool of any site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup sign-in pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (priority %2)</source>
        <extracomment>A backup sign-in pool: %1 its FQDN, %2 the priority of its _sipinternaltls record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;kup pools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ticked pool gets one more _sipinternaltls record, priority 10, 20, … in the order shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target of the sign-in SRV records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ool name in each SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;sip in each SIP domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its web services take lyncdiscover, lyncdiscoverinternal and the global simple URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One _sip._tls record per Edge pool: remote clients try the lowest priority first. That pool is the primary one, reached as sip.&lt;SIP domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no Edge pool: plan one on the Edge page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;access priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation &amp;route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;XMPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP pr&amp;iority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish pools through &amp;GeoDNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meet, dialin, lyncdiscover and lyncdiscoverinternal become CNAMEs to names in this zone, which the GeoDNS device answers with the web services of the pools below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoDNS zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. geolb.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mov&amp;e down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoDNS pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poo&amp;ls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoDNS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin between the pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover: the first pool, then the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, site %2</source>
        <extracomment>Tooltip of a pool in a list: %1 its role (e.g. &quot;Director pool&quot;), %2 its site.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (no pool yet)</source>
        <extracomment>The first choice of a pool list: the pool the plan uses when none is chosen (%1).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no internal FQDN yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, primary</source>
        <extracomment>An Edge pool&apos;s site after its FQDN in the routes grid: %1 is the site.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote access priority of %1</source>
        <extracomment>Accessible names of an Edge pool&apos;s route fields: %1 is the pool&apos;s internal FQDN.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP priority of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Edge pool is marked as a federation route: the primary pool %1 is the route.</source>
        <extracomment>%1 is the internal FQDN of the primary Edge pool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP federation is not in %1.</source>
        <extracomment>%1 is the product, e.g. &quot;Skype for Business Server 2019&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Edge pool is marked for XMPP: the primary pool %1 hosts the XMPP proxy.</source>
        <extracomment>%1 is the internal FQDN of the primary Edge pool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;first label of the pool FQDN&gt;.&lt;SIP domain&gt;, as in Microsoft&apos;s examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip.&lt;SIP domain&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1: %2</source>
        <extracomment>A choice explained: %1 is an example host (e.g. &quot;pool01.contoso.com&quot;), %2 the rule it follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::ServerGrid</name>
    <message>
        <source>IPv6</source>
        <extracomment>A group of columns in the server grid&apos;s paste hint (&quot;4 × IPv6 (hidden)&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT</source>
        <extracomment>A group of columns in the server grid&apos;s paste hint (&quot;3 × NAT (hidden)&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (hidden)</source>
        <extracomment>The server grid&apos;s paste hint: %1 hidden columns of the group %2 (&quot;4 × IPv6 (hidden)&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste columns: %1</source>
        <extracomment>Below a server grid: the cells a pasted line holds, in this order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in a server grid row&apos;s header tooltip: %1 the column, %2 the finding.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown while a cell there holds a value or a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds one server per line of the clipboard, its cells separated by tabs (as copied from a spreadsheet), commas or spaces, in this order: %1. A server already listed is updated.</source>
        <extracomment>The Paste button of a server grid; %1 names every column in paste order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::ServerPoolPage</name>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mediation pool connects Enterprise Voice to a PSTN gateway or SIP trunk. Its pool and servers get internal records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has a &amp;Mediation pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. medpool.contoso.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation pool FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Persistent Chat pool and its servers get internal records. This role does not exist in Skype for Business Server 2019 and Subscription Edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deployment has a Persistent &amp;Chat pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pchatpool.contoso.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat pool FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Chat servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &amp;FQDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::ServersTable</name>
    <message>
        <source>&amp;Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <extracomment>A column in the paste hint of a pool&apos;s servers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address (optional)</source>
        <extracomment>A column in the paste hint of a pool&apos;s servers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per server. Paste lines of FQDN, IPv4 and IPv6 separated by tabs with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste servers from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Standard Edition server&apos;s FQDN is the pool FQDN above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::SimpleUrlsPage</name>
    <message>
        <source>Simple URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet (one per SIP domain), Dial-in and the optional Admin URL. Internally they point at the sign-in pool&apos;s web address; externally Meet and Dial-in go to the reverse proxy. The Admin URL is never published outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet URLs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meet URLs (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial-in URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial-in URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin URL (optional, internal only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (optional; internal DNS only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Meet or Dial-in empty to use the defaults shown in grey. A URL can be a host name (meet.contoso.com) or https://host/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple URLs of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple URLs &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;site publishes its own simple URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every site (the global URLs)</source>
        <extracomment>The simple URLs every site uses unless it has its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 (its own URLs)</source>
        <extracomment>%1 is a site name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::TlsPanel</name>
    <message>
        <source>TLS endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an endpoint to see the names its certificate presents and the names it misses.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Tick &lt;b&gt;Check certificates (TLS)&lt;/b&gt; and run the check to see the certificates the planned endpoints present.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::TlsResultModel</name>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned names: %1</source>
        <extracomment>Tooltip of a TLS endpoint: the names its certificate must carry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lyncdns::TopologyModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A server in the topology tree: %1 its FQDN, %2 its IPv4 address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column of the topology tree: sites, pools and servers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <extracomment>Column of the topology tree: the number of errors and warnings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <extracomment>An element of the topology tree whose name is not filled in yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central site</source>
        <extracomment>Tooltip of a site in the topology tree.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch site without a central site</source>
        <extracomment>Tooltip of a branch site that names no central site yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch site of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivable Branch appliance</source>
        <extracomment>Tooltip of a Survivable Branch appliance in the topology tree.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <extracomment>Problems of a row of the topology tree: %1 the errors (&quot;2 errors&quot;), %2 the warnings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyncdns::TopologyPage</name>
    <message>
        <source>Sites and pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estate at a glance: each central site with its pools, and the branch sites with their Survivable Branch appliances. Add, duplicate, rename and remove them here; open a pool to edit its servers and addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central sites, their pools and servers, then the branch sites. Enter opens a pool on its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;tes and pools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add central site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add branch site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pool</source>
        <extracomment>The menu of roles a new element of the selected site can have.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;ool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a pool of the chosen role to the selected site (Insert in the tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bran&amp;ch site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the tree: Insert adds, Ctrl+D duplicates, F2 renames, Delete removes, Enter opens a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit this pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bellevue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch s&amp;ite name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central site of the branch site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centra&amp;l site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivable Branch appliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivable Branc&amp;h appliances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch site needs a name no other branch site has; the plan keeps &quot;%1&quot;.</source>
        <extracomment>%1 is the name the branch site keeps in the plan.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central site %1</source>
        <extracomment>Details pane title; %1 is the site&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2.</source>
        <extracomment>Details of a site: %1 &quot;3 pool(s)&quot;, %2 &quot;8 server(s)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s)</source>
        <translation>
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Branch sites: %1</source>
        <extracomment>%1 is a list of branch site names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Details pane title: %1 a role (&quot;Edge pools&quot;), %2 the site&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pool adds another; select one to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Details pane title: %1 the kind of element (&quot;Front End pool&quot;), %2 its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1
%2</source>
        <extracomment>Details of an element: %1 its site&apos;s name, %2 &quot;3 server(s)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n branch site(s). Add branch site adds one; select one to edit its name, central site and Survivable Branch appliances here.</source>
        <translation>
            <numerusform>%n branch site. Add branch site adds one; select one to edit its name, central site and Survivable Branch appliances here.</numerusform>
            <numerusform>%n branch sites. Add branch site adds one; select one to edit its name, central site and Survivable Branch appliances here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a site, a pool or a branch site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem in the details pane: %1 where it is in words, %2 the validator&apos;s message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>A problem line of the details pane; %1 is where and what.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>A problem line of the details pane; %1 is where and what.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a central site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no such site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty; nothing was renamed.</source>
        <extracomment>%1 is the name typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken by another one of its kind; nothing was renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the central site &quot;%1&quot; with its %2 and %3?</source>
        <extracomment>%1 the site&apos;s name, %2 &quot;3 pool(s)&quot;, %3 &quot;8 server(s)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n branch site(s) of this site will have no central site until you choose one.</source>
        <translation>
            <numerusform>%n branch site of this site will have no central site until you choose one.</numerusform>
            <numerusform>%n branch sites of this site will have no central site until you choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the %1 &quot;%2&quot; with its %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 &quot;%2&quot;?</source>
        <extracomment>%1 the kind (&quot;Reverse proxy&quot;), %2 its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings that name it go back to their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the branch site &quot;%1&quot; with its %2?</source>
        <extracomment>%1 the branch site&apos;s name, %2 &quot;1 Survivable Branch appliance(s)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Survivable Branch appliance(s)</source>
        <translation>
            <numerusform>%n Survivable Branch appliance</numerusform>
            <numerusform>%n Survivable Branch appliances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lyncdns::WelcomePage</name>
    <message>
        <source>Welcome to Lync DNS Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the DNS records of Lync Server 2013 and Skype for Business Server 2015/2019: every record with the reason it exists, ready to hand over and to check on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
