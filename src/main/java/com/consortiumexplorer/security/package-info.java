/** Who may read and change the graph: sign-in, roles and the rules that guard every entry point. */
package com.consortiumexplorer.security;
