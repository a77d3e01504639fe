/**
 * Data management for editors: forms that add, change and remove organizations, memberships, collaborations,
 * flows, programs and projects through the same services as the GraphQL mutations, with their validation and
 * stale-edit conflicts shown next to the fields.
 */
package com.consortiumexplorer.manage;
