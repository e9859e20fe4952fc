"""Word pools shared by the generators (digit-free on purpose: these are
the variables a digit-masking fingerprint cannot see)."""

# account names tried by SSH brute-forcers: service accounts, first names,
# pinyin names, words. ~500 names, all without digits.
SERVICE_USERS = """
admin test user guest oracle postgres mysql ftpuser ubuntu pi git nagios
hadoop support webmaster www apache tomcat jenkins deploy dev developer
backup ftp mail info sales office operator student teacher server sysadmin
administrator manager demo temp tmp web webadmin cisco ubnt service staff
default adm bin daemon nobody squid postfix zabbix elastic redis mongodb
minecraft teamspeak ts csgo steam vagrant ansible docker kafka spark hdfs
yarn hbase hive zookeeper solr nexus sonar gitlab bitbucket jira confluence
wordpress wp joomla drupal magento odoo openerp erp crm sap db dba dbadmin
sql sqlserver mssql pgsql postgre testuser tester testing
master monitor prometheus grafana kibana logstash splunk ossec snort
nginx httpd lighttpd varnish haproxy memcached rabbitmq activemq
vnc vpn openvpn radius ldap samba smb nfs backupuser rsync svn cvs
bot irc ircd znc eggdrop bnc ventrilo mumble murmur asterisk voip sip
pbx fax printer scanner camera ipcam dvr nvr router modem switch
""".split()

FIRST_NAMES = """
james john robert michael william david richard joseph thomas charles
christopher daniel matthew anthony mark donald steven paul andrew joshua
kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler
aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah
jeremy christian keith roger terry gerald harold sean austin carl arthur
lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert
willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby
mason philip louis mary patricia jennifer linda elizabeth barbara susan
jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily
donna michelle carol amanda dorothy melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
nicole helen samantha katherine christine debra rachel carolyn janet
catherine maria heather diane ruth julie olivia joyce virginia victoria
kelly lauren christina joan evelyn judith megan andrea cheryl hannah
jacqueline martha gloria teresa ann sara madison frances kathryn janice
jean abigail alice judy sophia grace denise amber doris marilyn danielle
beverly isabella theresa diana natalie brittany charlotte marie kayla
alexis lori alex sam max tom tim bob bill mike jim dan ben nick chris
matt steve tony ken jeff greg joey andy pat ron rick dave ed fred ted
""".split()

PINYIN_NAMES = """
zhangwei wangfang liwei liuyang chenjie yangyang zhaolei huangli zhoumin
wuhao xuming sunli maqiang zhujun hulin guoyong heping linlin luoxin
gaoyan zhengyu liangchen xieqing songtao tangjie hanmei fengxia dengchao
caoyu pengfei zengli xiaoyu tianwei dongmei yuanhui panjun jiangtao
caijing duwei yehong chengli suyan weibin lvqiang dingning renjie
shenyun yaoming luzhen jiangwei cuiying zhongyi tanxin lujia wangqiang
liming zhanglei wangjun liuwei chenyu yangfan zhaoyun huangwei zhouqi
""".split()

WORDS = """
alpha beta gamma delta omega sigma kappa zeta lambda theta apollo zeus
hera athena hermes orion phoenix dragon tiger eagle falcon hawk wolf
fox bear lion panther cobra viper spider ghost shadow storm thunder
lightning rain snow ice fire water earth wind sun moon star galaxy
planet nova comet rocket pilot captain major sergeant ranger hunter
""".split()


def dedup(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


ALL_USERS = dedup(SERVICE_USERS + FIRST_NAMES + PINYIN_NAMES + WORDS)

# syllables for digit-free host names
SYL = """ka lo mi ne ra so tu ve xi ya zo bar cor den fal gan hel ion jor
kel lum mar nor pol qua ros sen tor ura vin wes yor zan net tek sys web
host data cloud link soft star""".split()
TLDS = ["com", "net", "org", "cn", "ru", "br", "in", "vn", "kr", "info",
        "biz", "com.cn", "net.cn", "co.kr", "com.br", "de", "fr", "it", "pl"]
