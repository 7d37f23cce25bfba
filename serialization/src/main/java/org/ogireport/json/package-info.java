/** JSON and JSON Lines for reports, with Jackson. */
package org.ogireport.json;
