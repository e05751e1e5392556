#!/bin/sh
# Starts @NAME@ on the Java runtime shipped beside it: no Java needs to be installed.
#
#   bin/@NAME@ [flags of the exporter]      (bin/@NAME@ --help lists them)
#
# The JVM flags are in conf/jvm.options, one a line ('#' starts a comment); JAVA_OPTS adds more
# (JAVA_OPTS='-Xmx64m' bin/@NAME@). lib/@NAME@.jsa, the class data sharing archive made for this jar
# and this runtime when the distribution was built, makes the start faster; when the JVM cannot use it
# (a changed jar, say), the JVM starts without it.
set -e

# The directory of the distribution, also when started through a symbolic link to this script. Only
# shell builtins but readlink (for a link): the launcher needs no PATH to find what it runs.
self=$0
while [ -h "$self" ]; do
  link=$(readlink "$self")
  case $link in
    /*) self=$link ;;
    *) self=${self%/*}/$link ;;
  esac
done
case $self in
  */*) bin=${self%/*} ;;
  *) bin=. ;;
esac
home=$(cd "$bin/.." && pwd -P)

java=$home/runtime/bin/java
jar=$home/lib/@NAME@.jar
archive=$home/lib/@NAME@.jsa

# The class data sharing archive holds the class path it was made with, and JDK 17 uses it only with
# that very class path (later JDKs also accept the same layout moved elsewhere). So the jar is named
# /dev/fd/9/lib/@NAME@.jar, descriptor 9 open on the distribution's directory, when the archive is made
# and when it is used: the same name wherever the distribution is unpacked. Where /dev/fd cannot name a
# file inside a directory (outside Linux), the jar is named as it is, and the JVM starts without the
# archive. When the JVM cannot use the archive, it starts without it, silently.
exec 9<"$home"
if [ -r "/dev/fd/9/lib/@NAME@.jar" ]; then
  jar=/dev/fd/9/lib/@NAME@.jar
fi
if [ -r "$archive" ]; then
  # without its warning when the JVM cannot use the archive (a replaced jar, say)
  set -- "-XX:SharedArchiveFile=$archive" "-Xlog:cds*=off" -jar "$jar" "$@"
else
  set -- -jar "$jar" "$@"
fi

# exec: the JVM replaces this shell and gets its signals (SIGTERM stops the exporter cleanly).
# JAVA_OPTS is split into words on purpose.
# shellcheck disable=SC2086
exec "$java" "@$home/conf/jvm.options" $JAVA_OPTS "$@"
