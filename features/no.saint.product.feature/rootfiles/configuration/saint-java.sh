# Sourced by the launcher scripts: finds a Java 21+ VM and the Equinox
# launcher jar, or prints what is missing and returns 1.
# Expects $home, the installation folder; sets $java, $launcher and
# $java_options (options without spaces). The scripts pass user.home from
# $HOME, because Java takes it from the password database, and point log4j
# at configuration/log4j.properties.
if [ -n "$JAVA_HOME" ]; then
    java="$JAVA_HOME/bin/java"
else
    java=$(command -v java)
fi
if [ -z "$java" ] || [ ! -x "$java" ]; then
    echo "SAINT needs Java 21 or newer, but no java was found. Install a JDK 21+ and set JAVA_HOME to it." >&2
    return 1
fi
java_major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
if [ -z "$java_major" ] || [ "$java_major" -lt 21 ]; then
    echo "SAINT needs Java 21 or newer, but $java is Java ${java_major:-of unknown version}. Set JAVA_HOME to a JDK 21+." >&2
    return 1
fi
launcher=$(ls "$home"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$launcher" ]; then
    echo "The installation in $home is incomplete: plugins/org.eclipse.equinox.launcher_*.jar is missing." >&2
    return 1
fi

java_options=
# From Java 24 on, Guice makes the VM warn about sun.misc.Unsafe at every
# start. The option that silences the warning exists from Java 23 on.
if [ "$java_major" -ge 23 ]; then
    java_options="$java_options --sun-misc-unsafe-memory-access=allow"
fi
