/** Commands that measure the product against a running database; run from the command line, not by the build. */
package com.consortiumexplorer.bench;
