// Runs after the project is written. The archetype plugin checks the validationRegex of a property only when it asks
// for the value (interactive mode); in batch mode this script checks them, and removes the project if one is wrong,
// so that a name the processor would reject fails here, with the property named, rather than at the first compile.
def properties = request.properties
def problems = []
def check = { String key, String pattern, String expected ->
  String value = properties.getProperty(key)
  if (value == null || !(value ==~ pattern)) {
    problems << "-D${key}=${value}: ${expected}"
  }
}
check('exporter', /[a-z][a-z0-9]*(-[a-z0-9]+)*/, "lower-case words joined by '-', such as my-exporter")
check('namespace', /[a-zA-Z_][a-zA-Z0-9_]*/, 'a metric name prefix: letters, digits and _, not starting with a digit')
check('exporterClass', /[A-Z][A-Za-z0-9_]*/, 'a Java class name starting with a capital letter')
String port = properties.getProperty('port')
if (!(port ==~ /[1-9][0-9]{0,4}/) || port.toInteger() > 65535) {
  problems << "-Dport=${port}: a port, 1 to 65535"
}
if (problems) {
  new File(request.outputDirectory, request.artifactId).deleteDir()
  throw new IllegalArgumentException('the project was not generated:\n  ' + problems.join('\n  '))
}
