/** The shell of the web UI: main layout, navigation, language switch and shared UI pieces. */
package com.consortiumexplorer.ui;
