using System.Runtime.CompilerServices;

// The child-process probe drives the reader on hostile files; see tests/Spm.Xlsx.Probe.
[assembly: InternalsVisibleTo("Spm.Xlsx.Probe")]
